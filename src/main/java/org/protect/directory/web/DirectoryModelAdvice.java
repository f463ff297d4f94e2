package org.protect.directory.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the directory's pages need besides their entries: today's date, to tell stale entries.
 */
@ControllerAdvice(basePackages = "org.protect.directory.web")
class DirectoryModelAdvice {

	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now();
	}

}
