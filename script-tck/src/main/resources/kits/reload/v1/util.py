def tag():
    return "v1-util"
