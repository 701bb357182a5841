// protogame: the default Polyframe sample.
// A grid floor, 24 cubes and spheres orbiting the origin in distinct colours, a camera circling the scene,
// and FPS plus entity count as debug text. Axes: X forward, Y left, Z up; angles in degrees; dt in seconds.

const ORBITERS = 24;
const CAMERA_DISTANCE = 16;
const CAMERA_HEIGHT = 8;

const orbiters = [];
let cam;
let elapsed = 0;
let fps = 0;

// Hue in [0, 1) to an [r, g, b, a] colour with integer channels 0-255.
function hueColor(hue) {
  const k = (n) => (n + hue * 6) % 6;
  const f = (n) => 1 - Math.max(0, Math.min(k(n), 4 - k(n), 1));
  return [Math.round(f(5) * 255), Math.round(f(3) * 255), Math.round(f(1) * 255), 255];
}

function init() {
  entity.createMesh("grid", { position: [0, 0, 0], color: [110, 130, 150, 255], scale: 1 });
  for (let i = 0; i < ORBITERS; i++) {
    const ring = i % 3;
    orbiters.push({
      handle: entity.createMesh(i % 2 === 0 ? "cube" : "sphere", {
        position: [3 + ring * 2, 0, 1],
        scale: 0.9,
        color: hueColor(i / ORBITERS),
      }),
      radius: 3 + ring * 2,
      height: 0.8 + ring * 0.9,
      speed: 0.6 - ring * 0.15,
      phase: (i / ORBITERS) * Math.PI * 2,
    });
  }
  cam = camera.create({ position: [-CAMERA_DISTANCE, 0, CAMERA_HEIGHT], orientation: [0, 26, 0], fov: 60 });
  camera.setActive(cam);
  entity.ready(orbiters[ORBITERS - 1].handle).then(() =>
    engine.log(`protogame: ${entity.count()} entities visible at frame ${engine.frame()}`));
}

function update(dt) {
  elapsed += dt;
  for (const o of orbiters) {
    const a = o.phase + elapsed * o.speed;
    entity.setPosition(o.handle, [Math.cos(a) * o.radius, Math.sin(a) * o.radius, o.height]);
    entity.setOrientation(o.handle, [(a * 180) / Math.PI, 0, 0]);
  }
  // The camera circles slowly, always looking at the origin: yaw 0 looks along +X.
  const theta = elapsed * 0.15;
  camera.setPosition(cam, [-Math.cos(theta) * CAMERA_DISTANCE, -Math.sin(theta) * CAMERA_DISTANCE, CAMERA_HEIGHT]);
  camera.setOrientation(cam, [(theta * 180) / Math.PI, 26, 0]);
  if (engine.frame() % 30 === 0) {
    fps = engine.metrics().fps;
  }
}

function render() {
  debug.text(`FPS ${fps.toFixed(0)}   entities ${entity.count()}`, [12, 12], { color: [255, 255, 255, 255], size: 16 });
  debug.text("protogame (JavaScript)", [12, 36], { color: [255, 210, 80, 255], size: 16 });
}
