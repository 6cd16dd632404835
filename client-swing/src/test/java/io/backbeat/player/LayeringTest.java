package io.backbeat.player;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Sweet Home 3D split, enforced: model and services know nothing of Swing; only the views do. */
@AnalyzeClasses(packages = "io.backbeat.player", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("io.backbeat.player.model..")
            .layer("Store").definedBy("io.backbeat.player.store..")
            .layer("Audio").definedBy("io.backbeat.player.audio..")
            .layer("ViewController").definedBy("io.backbeat.player.viewcontroller..")
            .layer("Swing").definedBy("io.backbeat.player.swing..")
            .whereLayer("Swing").mayNotBeAccessedByAnyLayer()
            .whereLayer("ViewController").mayOnlyBeAccessedByLayers("Swing")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("ViewController", "Swing")
            .whereLayer("Audio").mayOnlyBeAccessedByLayers("ViewController", "Swing");

    @ArchTest
    static final ArchRule theModelKnowsNoWindowsAndNoNetwork = noClasses()
            .that().resideInAPackage("io.backbeat.player.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "java.net.http..",
                    "io.backbeat.player.store..", "io.backbeat.player.audio..");

    @ArchTest
    static final ArchRule onlyTheViewsUseSwing = noClasses()
            .that().resideOutsideOfPackage("io.backbeat.player.swing..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..");

    @ArchTest
    static final ArchRule storeAudioAndModelNeverReachForTheViews = noClasses()
            .that().resideInAnyPackage("io.backbeat.player.model..", "io.backbeat.player.store..",
                    "io.backbeat.player.audio..")
            .should().dependOnClassesThat().resideInAPackage("io.backbeat.player.swing..");
}
