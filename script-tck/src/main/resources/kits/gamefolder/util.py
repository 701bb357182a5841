from sub import helper


def tag(s):
    return "util:" + s + ":" + str(helper.N)
