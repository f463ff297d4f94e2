package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodePropertiesTests {

	@Test
	void normalisesTheCountryCodeAndNamesTheNode() {
		NodeProperties node = new NodeProperties(" lv ", null);
		assertThat(node.country()).isEqualTo("LV");
		assertThat(node.name()).isEqualTo("Protect LV");
		assertThat(node.countryLowerCase()).isEqualTo("lv");
	}

	@Test
	void acceptsKosovosUserAssignedCode() {
		assertThat(new NodeProperties("XK", "Protect Kosovo").country()).isEqualTo("XK");
	}

	@Test
	void refusesSomethingThatIsNotACountryCode() {
		assertThatThrownBy(() -> new NodeProperties("Sweden", null)).hasMessageContaining("ISO 3166-1");
		assertThatThrownBy(() -> new NodeProperties("QQ", null)).hasMessageContaining("QQ");
	}

}
