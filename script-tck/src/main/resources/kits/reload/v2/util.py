def tag():
    return "v2-util"
