package dev.polyframe.sync.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.sync.snapshot.SnapshotBuffers;
import org.junit.jupiter.api.Test;

class InputBuffersTest {
    private static final int W = Keys.keyCode("W");
    private static final int SPACE = Keys.keyCode("SPACE");

    private final InputBuffers input = new InputBuffers();

    @Test
    void shouldKeepEventsInvisibleToTheFrontUntilPublish() {
        input.key(W, true);
        input.mouseMoved(10, 20);

        assertFalse(input.front().keyDown(W));
        assertEquals(0, input.front().keyPresses(W));
        assertEquals(0.0, input.front().mouseX());
        assertTrue(input.keyDownNow(W), "the live state has it at once");
    }

    @Test
    void shouldReportAHeldKeyAsDownWithOnePressOnlyInTheFirstPublish() {
        input.key(W, true);
        input.publish();
        assertTrue(input.front().keyDown(W));
        assertEquals(1, input.front().keyPresses(W));

        input.key(W, true);
        input.publish();

        assertTrue(input.front().keyDown(W), "still held");
        assertEquals(0, input.front().keyPresses(W), "a repeat is no new press; the edge was the previous frame's");
    }

    @Test
    void shouldReportATapWithinOneFrameAsPressedAndReleasedButNotDown() {
        input.key(SPACE, true);
        input.key(SPACE, false);
        input.publish();

        assertFalse(input.front().keyDown(SPACE));
        assertEquals(1, input.front().keyPresses(SPACE));
        assertEquals(1, input.front().keyReleases(SPACE));
    }

    @Test
    void shouldKeepEveryEdgeWhenManyMainFramesPassBetweenPublishes() {
        // The script is slow: three taps happen over many main frames before the next publish.
        for (int tap = 0; tap < 3; tap++) {
            input.key(SPACE, true);
            input.key(SPACE, false);
        }
        input.publish();

        assertEquals(3, input.front().keyPresses(SPACE));
        assertEquals(3, input.front().keyReleases(SPACE));
        input.publish();
        assertEquals(0, input.front().keyPresses(SPACE), "edges are counted since the previous publish only");
    }

    @Test
    void shouldCountLivePressesMonotonicallyForMainThreadConsumers() {
        input.key(W, true);
        input.key(W, false);
        input.publish();
        input.key(W, true);

        assertEquals(2, input.keyPressCount(W));
        assertEquals(0, input.keyPressCount(-5), "out-of-range codes read as never pressed");
    }

    @Test
    void shouldAccumulateMouseMotionSinceThePreviousPublishAndStartWithoutADelta() {
        input.mouseMoved(100, 50);
        input.publish();
        assertEquals(100.0, input.front().mouseX());
        assertEquals(50.0, input.front().mouseY());
        assertEquals(0.0, input.front().mouseDx(), "the first position report is no motion");

        input.mouseMoved(110, 45);
        input.mouseMoved(130, 40);
        input.publish();
        assertEquals(30.0, input.front().mouseDx());
        assertEquals(-10.0, input.front().mouseDy());

        input.publish();
        assertEquals(0.0, input.front().mouseDx(), "no motion since the previous publish");
        assertEquals(130.0, input.front().mouseX(), "the position stays");
    }

    @Test
    void shouldAccumulateTheWheelPerPublish() {
        input.scrolled(1);
        input.scrolled(2.5);
        input.publish();
        assertEquals(3.5, input.front().wheel());
        input.publish();
        assertEquals(0.0, input.front().wheel());
    }

    @Test
    void shouldTrackMouseButtonsWithEdges() {
        input.mouseButton(Keys.BUTTON_LEFT, true);
        input.mouseButton(Keys.BUTTON_RIGHT, true);
        input.mouseButton(Keys.BUTTON_RIGHT, false);
        input.publish();

        assertTrue(input.front().buttonDown(Keys.BUTTON_LEFT));
        assertFalse(input.front().buttonDown(Keys.BUTTON_RIGHT));
        assertEquals(1, input.front().buttonPresses(Keys.BUTTON_RIGHT));
        assertEquals(1, input.front().buttonReleases(Keys.BUTTON_RIGHT));
        assertFalse(input.front().buttonDown(Keys.BUTTON_MIDDLE));
    }

    @Test
    void shouldIgnoreOutOfRangeCodesAndNonFiniteCoordinates() {
        input.key(-1, true);
        input.key(Keys.KEY_COUNT, true);
        input.mouseButton(Keys.BUTTON_COUNT, true);
        input.mouseMoved(Double.NaN, 1);
        input.scrolled(Double.POSITIVE_INFINITY);
        input.publish();

        assertEquals(0.0, input.front().wheel());
        assertEquals(0.0, input.front().mouseY());
        assertEquals(1, input.front().publishes());
    }

    @Test
    void shouldPublishInputWithTheSnapshotEvenWhenNoEntityIsDirty() {
        SnapshotBuffers snapshot = new SnapshotBuffers(4);
        snapshot.input().key(W, true);

        snapshot.publish(1, 0.0);

        assertEquals(1, snapshot.skippedPublishes(), "no entity was dirty");
        assertTrue(snapshot.input().front().keyDown(W));
    }

    @Test
    void shouldMapNamesToGlfwCodesBothWays() {
        assertEquals(87, Keys.keyCode("W"));
        assertEquals(87, Keys.keyCode("w"));
        assertEquals(32, Keys.keyCode("SPACE"));
        assertEquals(292, Keys.keyCode("F3"));
        assertEquals(340, Keys.keyCode("LEFT_SHIFT"));
        assertEquals(-1, Keys.keyCode("W2"));
        assertEquals(-1, Keys.keyCode(null));
        assertEquals("F12", Keys.keyName(Keys.keyCode("F12")));
        assertEquals(Keys.BUTTON_MIDDLE, Keys.buttonCode("Middle"));
        assertEquals(-1, Keys.buttonCode("back"));
    }
}
