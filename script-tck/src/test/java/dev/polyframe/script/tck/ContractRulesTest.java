package dev.polyframe.script.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.polyframe.ecs.fixture.RenderingSystem;
import dev.polyframe.ecs.fixture.RingPeeker;
import dev.polyframe.fixture.cycle.a.A;
import dev.polyframe.fixture.cycle.b.B;
import dev.polyframe.fixture.first.FirstBackend;
import dev.polyframe.fixture.leaky.LeakyBackend;
import dev.polyframe.fixture.second.SecondBackend;
import dev.polyframe.render.fixture.ScriptedRenderer;
import dev.polyframe.script.api.fixture.NosyScriptInterface;
import dev.polyframe.script.api.fixture.OrphanAPI;
import dev.polyframe.script.api.fixture.WorldAPI;
import dev.polyframe.script.polyglot.fixture.LeakySupport;
import dev.polyframe.sync.fixture.UpwardSnapshot;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each contract rule rejects a deliberately bad class (test sources, packages {@code *.fixture}) and names it in the
 * violation. That the rules hold for Polyframe itself is {@code ArchitectureTest} in {@code sample-games}.
 */
class ContractRulesTest {

    static Stream<Arguments> badClasses() {
        return Stream.of(
                Arguments.of("BACKENDS_DEPEND_ONLY_ON_THE_CONTRACT", ContractRules.BACKENDS_DEPEND_ONLY_ON_THE_CONTRACT,
                        new Class<?>[] {LeakyBackend.class}, "LeakyBackend"),
                Arguments.of("POLYGLOT_SUPPORT_DEPENDS_ONLY_ON_THE_CONTRACT",
                        ContractRules.POLYGLOT_SUPPORT_DEPENDS_ONLY_ON_THE_CONTRACT,
                        new Class<?>[] {LeakySupport.class}, "com.artemis.World"),
                Arguments.of("BACKENDS_ARE_INDEPENDENT", ContractRules.BACKENDS_ARE_INDEPENDENT,
                        new Class<?>[] {FirstBackend.class, SecondBackend.class}, "SecondBackend"),
                Arguments.of("APIS_AND_SCRIPT_INTERFACES_COME_IN_PAIRS",
                        ContractRules.APIS_AND_SCRIPT_INTERFACES_COME_IN_PAIRS,
                        new Class<?>[] {OrphanAPI.class}, "OrphanScriptInterface"),
                Arguments.of("SCRIPT_INTERFACES_CALL_ONLY_THEIR_API",
                        ContractRules.SCRIPT_INTERFACES_CALL_ONLY_THEIR_API,
                        new Class<?>[] {NosyScriptInterface.class}, "EntityAPI"),
                Arguments.of("APIS_REACH_THE_ENGINE_THROUGH_THE_SYNC_LAYER",
                        ContractRules.APIS_REACH_THE_ENGINE_THROUGH_THE_SYNC_LAYER,
                        new Class<?>[] {WorldAPI.class}, "com.artemis.World"),
                Arguments.of("SCRIPT_API_IS_LANGUAGE_NEUTRAL", ContractRules.SCRIPT_API_IS_LANGUAGE_NEUTRAL,
                        new Class<?>[] {WorldAPI.class}, "com.artemis.World"),
                Arguments.of("SYNC_LAYER_IS_THE_BOTTOM", ContractRules.SYNC_LAYER_IS_THE_BOTTOM,
                        new Class<?>[] {UpwardSnapshot.class}, "ScriptValue"),
                Arguments.of("ECS_CORE_KNOWS_NO_RUNTIME_OR_GL", ContractRules.ECS_CORE_KNOWS_NO_RUNTIME_OR_GL,
                        new Class<?>[] {RenderingSystem.class}, "ScriptedRenderer"),
                Arguments.of("RENDERER_KNOWS_NO_SCRIPTS", ContractRules.RENDERER_KNOWS_NO_SCRIPTS,
                        new Class<?>[] {ScriptedRenderer.class}, "ScriptValue"),
                Arguments.of("ONLY_THE_SYNC_LAYER_TOUCHES_RING_BUFFERS",
                        ContractRules.ONLY_THE_SYNC_LAYER_TOUCHES_RING_BUFFERS,
                        new Class<?>[] {RingPeeker.class}, "OneToOneRingBuffer"),
                Arguments.of("NO_PACKAGE_CYCLES", ContractRules.NO_PACKAGE_CYCLES,
                        new Class<?>[] {A.class, B.class}, "Cycle detected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClasses")
    void shouldRejectTheDeliberatelyBadClass(String name, ArchRule rule, Class<?>[] classes, String mention) {
        AssertionError violation = assertThrows(AssertionError.class,
                () -> rule.check(new ClassFileImporter().importClasses(classes)));
        assertTrue(violation.getMessage().contains(mention), () -> name + " message lacks " + mention + ":\n"
                + violation.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClasses")
    void shouldAcceptAWellBehavedClass(String name, ArchRule rule) {
        rule.check(new ClassFileImporter().importClasses(FirstBackend.class, ContractRules.class));
    }
}
