// Scripted benchmark workload (polyframe bench scripted): N entities orbit the origin. Every script frame the game
// logic advances each angle (angle += speed * dt) and places the entity on its circle, then sends the positions:
// one entity.setPosition per entity, or one entity.setPositions for all. bench.config() says which and how many.
const config = bench.config();
const N = config.n;
const BULK = config.bulk;
const handles = new Float64Array(N);
const angle = new Float64Array(N);
const radius = new Float64Array(N);
const speed = new Float64Array(N);
const values = new Float64Array(3 * N);

function init() {
    for (let i = 0; i < N; i++) {
        handles[i] = entity.createMesh("cube");
        angle[i] = i * 0.01;
        radius[i] = 5 + (i % 100) * 0.1;
        speed[i] = 0.5 + (i % 7) * 0.1;
    }
}

function update(dt) {
    if (BULK) {
        for (let i = 0; i < N; i++) {
            const a = angle[i] + speed[i] * dt;
            angle[i] = a;
            values[3 * i] = radius[i] * Math.cos(a);
            values[3 * i + 1] = radius[i] * Math.sin(a);
            values[3 * i + 2] = 0.001 * i;
        }
        entity.setPositions(handles, values);
        return;
    }
    for (let i = 0; i < N; i++) {
        const a = angle[i] + speed[i] * dt;
        angle[i] = a;
        entity.setPosition(handles[i], [radius[i] * Math.cos(a), radius[i] * Math.sin(a), 0.001 * i]);
    }
}
