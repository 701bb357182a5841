package dev.polyframe.script.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.polyframe.script.ScriptBackend;
import java.util.List;

/**
 * The script contract as ArchUnit rules (ARCHITECTURE.md §1 and §5). Polyframe checks them over its own classes in
 * {@code mvn verify}; a third-party backend applies {@link #BACKEND_RULES} to its classes:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.example.rubybackend", "dev.polyframe");
 * ContractRules.BACKEND_RULES.forEach(rule -> rule.check(classes));
 * }</pre>
 *
 * <p>A backend package is any package holding a {@link ScriptBackend} implementation (and its subpackages), except
 * this kit's own. Rules are immutable and thread-safe.
 */
public final class ContractRules {
    /** Packages of the language-neutral contract, module {@code script-api}. */
    static final String[] SCRIPT_API = {"dev.polyframe.script", "dev.polyframe.script.api..",
        "dev.polyframe.script.error..", "dev.polyframe.script.binding..", "dev.polyframe.script.value..",
        "dev.polyframe.script.worker.."};
    private static final String[] SCRIPT_RUNTIMES = {"org.graalvm..", "com.oracle.truffle..", "org.luaj..",
        "org.apache.bcel.."};

    /** A class in a backend package: one that holds a {@link ScriptBackend} implementation, or below it. */
    static final DescribedPredicate<JavaClass> IN_A_BACKEND = DescribedPredicate.describe("are in a backend package",
            ContractRules::inBackendPackage);

    /**
     * Backends bind interfaces generically: they depend on the contract ({@code dev.polyframe.script},
     * {@code .binding}, {@code .value}), the JDK and their runtime, never on the engine, the sync layer, the
     * renderer, Artemis, Agrona, LWJGL, the concrete APIs or the worker.
     */
    public static final ArchRule BACKENDS_DEPEND_ONLY_ON_THE_CONTRACT = noClasses().that(IN_A_BACKEND)
            .should().dependOnClassesThat().resideInAnyPackage("dev.polyframe.ecs..", "dev.polyframe.sync..",
                    "dev.polyframe.render..", "dev.polyframe.samples..", "dev.polyframe.script.api..",
                    "dev.polyframe.script.worker..", "com.artemis..", "org.agrona..", "org.lwjgl..")
            .because("a backend plugs in behind the script contract only (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** Code shared by the GraalVM backends ({@code backend-polyglot}) stays behind the contract like a backend. */
    public static final ArchRule POLYGLOT_SUPPORT_DEPENDS_ONLY_ON_THE_CONTRACT = noClasses()
            .that().resideInAPackage("dev.polyframe.script.polyglot..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.polyframe.ecs..", "dev.polyframe.sync..",
                    "dev.polyframe.render..", "dev.polyframe.samples..", "dev.polyframe.script.api..",
                    "dev.polyframe.script.worker..", "com.artemis..", "org.agrona..", "org.lwjgl..")
            .because("backend-polyglot is part of two backends (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** No backend depends on another backend. */
    public static final ArchRule BACKENDS_ARE_INDEPENDENT = classes().that(IN_A_BACKEND)
            .should(new ArchCondition<JavaClass>("depend on no other backend") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String home = backendPackage(item);
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String other = backendPackage(target);
                        if (other != null && !other.equals(home)) {
                            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()
                                    + " reaches backend " + other));
                        }
                    }
                }
            })
            .because("adding or removing a backend must not touch another (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** Every {@code XXXAPI} has an {@code XXXScriptInterface} in its package, and every script interface an API. */
    public static final ArchRule APIS_AND_SCRIPT_INTERFACES_COME_IN_PAIRS = classes()
            .that().resideInAnyPackage(SCRIPT_API).and().haveSimpleNameEndingWith("API")
            .or().haveSimpleNameEndingWith("ScriptInterface").and().resideInAnyPackage(SCRIPT_API)
            .and().doNotHaveSimpleName("ScriptInterface")
            .should(new ArchCondition<JavaClass>("have a partner XXXAPI / XXXScriptInterface in the same package") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String partner = partnerName(item);
                    boolean found = item.getPackage().getClasses().stream()
                            .anyMatch(c -> c.getSimpleName().equals(partner));
                    if (!found) {
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " has no " + partner
                                + " in " + item.getPackageName()));
                    }
                }
            })
            .because("scripts see each API through exactly one script interface (ARCHITECTURE.md §5)")
            .allowEmptyShould(true);

    /** A script interface calls only its own API, never another subsystem's. */
    public static final ArchRule SCRIPT_INTERFACES_CALL_ONLY_THEIR_API = classes()
            .that().haveSimpleNameEndingWith("ScriptInterface").and().resideInAnyPackage(SCRIPT_API)
            .and().doNotHaveSimpleName("ScriptInterface")
            .should(new ArchCondition<JavaClass>("depend on no XXXAPI but their own") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String own = partnerName(item);
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getSimpleName();
                        if (target.endsWith("API") && !target.equals(own)) {
                            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("a script interface converts values for its API only (ARCHITECTURE.md §5)")
            .allowEmptyShould(true);

    /** APIs reach the engine only through sync-layer types: rings, flyweights, snapshots. */
    public static final ArchRule APIS_REACH_THE_ENGINE_THROUGH_THE_SYNC_LAYER = noClasses()
            .that().haveSimpleNameEndingWith("API").and().resideInAnyPackage(SCRIPT_API)
            .should().dependOnClassesThat().resideInAnyPackage("dev.polyframe.ecs..", "dev.polyframe.render..",
                    "com.artemis..", "org.lwjgl..")
            .because("the script worker never touches Artemis or GL (ARCHITECTURE.md §2)")
            .allowEmptyShould(true);

    /** {@code script-api} knows no script runtime, Artemis or LWJGL. */
    public static final ArchRule SCRIPT_API_IS_LANGUAGE_NEUTRAL = noClasses().that().resideInAnyPackage(SCRIPT_API)
            .should().dependOnClassesThat().resideInAnyPackage(concat(SCRIPT_RUNTIMES, "com.artemis..",
                    "org.lwjgl..", "dev.polyframe.ecs..", "dev.polyframe.render.."))
            .because("script-api is the language-neutral contract (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** {@code sync-layer} knows no Artemis, LWJGL, script runtime, nor any module above it. */
    public static final ArchRule SYNC_LAYER_IS_THE_BOTTOM = noClasses().that().resideInAPackage("dev.polyframe.sync..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(SCRIPT_RUNTIMES, "com.artemis..",
                    "org.lwjgl..", "dev.polyframe.script..", "dev.polyframe.ecs..", "dev.polyframe.render.."))
            .because("the sync layer sits under everything (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** {@code ecs-core} knows no script runtime and no LWJGL. */
    public static final ArchRule ECS_CORE_KNOWS_NO_RUNTIME_OR_GL = noClasses().that()
            .resideInAPackage("dev.polyframe.ecs..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(SCRIPT_RUNTIMES, "org.lwjgl..",
                    "dev.polyframe.render.."))
            .because("the engine runs scripts and draws through interfaces (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** {@code render-gl} knows nothing of scripts. */
    public static final ArchRule RENDERER_KNOWS_NO_SCRIPTS = noClasses().that()
            .resideInAPackage("dev.polyframe.render..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(SCRIPT_RUNTIMES, "dev.polyframe.script.."))
            .because("the renderer draws the world, whatever runs the game (ARCHITECTURE.md §1)")
            .allowEmptyShould(true);

    /** Only the sync layer uses Agrona's ring buffers directly. */
    public static final ArchRule ONLY_THE_SYNC_LAYER_TOUCHES_RING_BUFFERS = noClasses().that()
            .resideOutsideOfPackage("dev.polyframe.sync..")
            .should().dependOnClassesThat().resideInAPackage("org.agrona.concurrent.ringbuffer..")
            .because("the ring protocol lives in one place: MessageRing and its flyweights (ARCHITECTURE.md §4)")
            .allowEmptyShould(true);

    /** No two Polyframe packages depend on each other, directly or through others. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return javaClass.getPackageName().startsWith("dev.polyframe")
                    ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every dev.polyframe package";
        }
    }).should().beFreeOfCycles().allowEmptyShould(true);

    /** The rules a backend, ours or a third party's, must pass. */
    public static final List<ArchRule> BACKEND_RULES = List.of(BACKENDS_DEPEND_ONLY_ON_THE_CONTRACT,
            BACKENDS_ARE_INDEPENDENT);

    /** Every rule, for Polyframe's own classes. */
    public static final List<ArchRule> ALL = List.of(BACKENDS_DEPEND_ONLY_ON_THE_CONTRACT, BACKENDS_ARE_INDEPENDENT,
            POLYGLOT_SUPPORT_DEPENDS_ONLY_ON_THE_CONTRACT,
            APIS_AND_SCRIPT_INTERFACES_COME_IN_PAIRS, SCRIPT_INTERFACES_CALL_ONLY_THEIR_API,
            APIS_REACH_THE_ENGINE_THROUGH_THE_SYNC_LAYER, SCRIPT_API_IS_LANGUAGE_NEUTRAL, SYNC_LAYER_IS_THE_BOTTOM,
            ECS_CORE_KNOWS_NO_RUNTIME_OR_GL, RENDERER_KNOWS_NO_SCRIPTS, ONLY_THE_SYNC_LAYER_TOUCHES_RING_BUFFERS,
            NO_PACKAGE_CYCLES);

    private ContractRules() {
    }

    private static boolean inBackendPackage(JavaClass clazz) {
        return backendPackage(clazz) != null;
    }

    /**
     * @return the backend package holding {@code clazz} (its own or an enclosing one), or {@code null}; the kit's own
     *     package is a test harness, not a backend
     */
    static String backendPackage(JavaClass clazz) {
        if (clazz.getPackageName().startsWith(ContractRules.class.getPackageName())) {
            return null;
        }
        for (var pkg = clazz.getPackage(); pkg != null; pkg = pkg.getParent().orElse(null)) {
            if (pkg.getClasses().stream().anyMatch(c -> !c.isInterface() && c.isAssignableTo(ScriptBackend.class))) {
                return pkg.getName();
            }
        }
        return null;
    }

    private static String partnerName(JavaClass clazz) {
        String name = clazz.getSimpleName();
        return name.endsWith("API") ? name.substring(0, name.length() - 3) + "ScriptInterface"
                : name.substring(0, name.length() - "ScriptInterface".length()) + "API";
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
