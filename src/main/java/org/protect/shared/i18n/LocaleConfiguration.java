package org.protect.shared.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Which language a page is shown in: a language chosen with {@code ?lang=xx} (kept for the browser
 * session), else the user's profile language, else the browser's {@code Accept-Language}, else English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "protect_lang";

	@Bean
	LocaleResolver localeResolver() {
		return new ProtectLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static final class ProtectLocaleResolver extends CookieLocaleResolver {

		ProtectLocaleResolver() {
			super(COOKIE);
			setCookieHttpOnly(true);
			setCookieSameSite("Lax");
			setDefaultLocaleFunction(ProtectLocaleResolver::fromProfileOrBrowser);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = super.resolveLocale(request);
			return SupportedLanguages.isSupported(locale) ? SupportedLanguages.find(locale.toLanguageTag()).get()
					: fromProfileOrBrowser(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			// An unsupported ?lang= is ignored rather than remembered.
			if (locale == null || SupportedLanguages.isSupported(locale)) {
				super.setLocale(request, request.isSecure() ? new SecureCookies(response) : response, locale);
			}
		}

		/** Over TLS (directly, or behind a trusted proxy that says so) the cookie is sent over TLS only. */
		private static final class SecureCookies extends HttpServletResponseWrapper {

			SecureCookies(HttpServletResponse response) {
				super(response);
			}

			@Override
			public void addHeader(String name, String value) {
				boolean cookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
						&& !value.toLowerCase(Locale.ROOT).contains("; secure");
				super.addHeader(name, cookie ? value + "; Secure" : value);
			}

		}

		private static Locale fromProfileOrBrowser(HttpServletRequest request) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof LanguagePreference preference) {
				var profile = preference.preferredLanguage().flatMap(SupportedLanguages::find);
				if (profile.isPresent()) {
					return profile.get();
				}
			}
			String header = request.getHeader("Accept-Language");
			if (header != null && !header.isBlank()) {
				try {
					Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SupportedLanguages.ALL);
					if (match != null) {
						return match;
					}
				}
				catch (IllegalArgumentException ex) {
					// a malformed header is ignored
				}
			}
			return SupportedLanguages.DEFAULT;
		}

	}

}
