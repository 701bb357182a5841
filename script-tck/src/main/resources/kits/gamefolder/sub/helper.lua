return { n = 7 }
