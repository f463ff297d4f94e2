package org.protect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Repository;

/**
 * The rules of STYLE.md that the module check does not cover.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.protect");

	@Test
	void internalsNeverDependOnTheWebLayer() {
		noClasses().that()
			.resideInAPackage("..internal..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.protect..web..")
				.and(JavaClass.Predicates.resideOutsideOfPackage("org.protect.shared..")))
			.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.or()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void sharedDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("org.protect.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.protect.accounts..", "org.protect.audit..", "org.protect.directory..",
					"org.protect.cases..", "org.protect.cooperation..", "org.protect.identity..",
					"org.protect.monitoring..", "org.protect.statistics..")
			.check(CLASSES);
	}

	@Test
	void controllersAreNotPublicAndLiveInWebPackages() {
		classes().that()
			.haveSimpleNameEndingWith("WebController")
			.or()
			.haveSimpleNameEndingWith("RestController")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.andShould()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void theDomainUsesNoServletTypes() {
		noClasses().that()
			.resideInAnyPackage("org.protect.identity..", "org.protect.audit")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
			.check(CLASSES);
	}

}
