// Where cube i of n sits at time t (seconds): a circle of radius 5 world units turning at 0.5 rad/s.
exports.place = (i, n, t) => {
    const angle = (2 * Math.PI * i) / n + 0.5 * t;
    return [5 * Math.cos(angle), 5 * Math.sin(angle), 1];
};
