// protogame: the default Polyframe sample, playable.
// A grid floor, 24 cubes and spheres orbiting the origin in distinct colours, and a camera you fly:
// W/A/S/D move, drag with the left mouse button to look around, SPACE spawns a sphere ahead, R resets.
// FPS and entity count as debug text. Axes: X forward, Y left, Z up; angles in degrees; dt in seconds.

const ORBITERS = 24;
const START_POSITION = [-16, 0, 8];
const START_YAW = 0;
const START_PITCH = 26;
const MOVE_SPEED = 8;      // world units per second
const LOOK_SPEED = 0.2;    // degrees per pixel of mouse drag
const SPAWN_DISTANCE = 6;  // world units ahead of the camera

const orbiters = [];
let spawned = [];
let cam;
let position = START_POSITION.slice();
let yaw = START_YAW;
let pitch = START_PITCH;
let elapsed = 0;
let fps = 0;

// Hue in [0, 1) to an [r, g, b, a] colour with integer channels 0-255.
function hueColor(hue) {
  const k = (n) => (n + hue * 6) % 6;
  const f = (n) => 1 - Math.max(0, Math.min(k(n), 4 - k(n), 1));
  return [Math.round(f(5) * 255), Math.round(f(3) * 255), Math.round(f(1) * 255), 255];
}

// Unit view direction: yaw 0 looks along +X, positive yaw turns left (+Y), positive pitch looks down.
function forward() {
  const y = (yaw * Math.PI) / 180;
  const p = (pitch * Math.PI) / 180;
  return [Math.cos(y) * Math.cos(p), Math.sin(y) * Math.cos(p), -Math.sin(p)];
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
  cam = camera.create({ position: position, orientation: [yaw, pitch, 0], fov: 60 });
  camera.setActive(cam);
  entity.ready(orbiters[ORBITERS - 1].handle).then(() =>
    engine.log(`protogame: ${entity.count()} entities visible at frame ${engine.frame()}`));
}

function fly(dt) {
  if (input.isMouseDown("left")) {
    const [dx, dy] = input.mouseDelta();
    yaw -= dx * LOOK_SPEED;
    pitch = Math.max(-89, Math.min(89, pitch + dy * LOOK_SPEED));
  }
  const f = forward();
  const y = (yaw * Math.PI) / 180;
  const right = [Math.sin(y), -Math.cos(y), 0];
  let ahead = 0;
  let side = 0;
  if (input.isKeyDown("W")) ahead += 1;
  if (input.isKeyDown("S")) ahead -= 1;
  if (input.isKeyDown("D")) side += 1;
  if (input.isKeyDown("A")) side -= 1;
  const step = MOVE_SPEED * dt;
  for (let i = 0; i < 3; i++) {
    position[i] += (f[i] * ahead + right[i] * side) * step;
  }
  if (input.wasKeyPressed("SPACE")) {
    spawned.push(entity.createMesh("sphere", {
      position: position.map((c, i) => c + f[i] * SPAWN_DISTANCE),
      scale: 0.7,
      color: hueColor((spawned.length * 0.137) % 1),
    }));
  }
  if (input.wasKeyPressed("R")) {
    for (const h of spawned) entity.destroy(h);
    spawned = [];
    position = START_POSITION.slice();
    yaw = START_YAW;
    pitch = START_PITCH;
  }
  camera.setPosition(cam, position);
  camera.setOrientation(cam, [yaw, pitch, 0]);
}

function update(dt) {
  elapsed += dt;
  for (const o of orbiters) {
    const a = o.phase + elapsed * o.speed;
    entity.setPosition(o.handle, [Math.cos(a) * o.radius, Math.sin(a) * o.radius, o.height]);
    entity.setOrientation(o.handle, [(a * 180) / Math.PI, 0, 0]);
  }
  fly(dt);
  if (engine.frame() % 30 === 0) {
    fps = engine.metrics().fps;
  }
}

function render() {
  debug.text(`FPS ${fps.toFixed(0)}   entities ${entity.count()}`, [12, 12], { color: [255, 255, 255, 255], size: 16 });
  debug.text("protogame (JavaScript)   WASD fly, drag to look, SPACE sphere, R reset, F3 stats", [12, 36],
    { color: [255, 210, 80, 255], size: 16 });
}
