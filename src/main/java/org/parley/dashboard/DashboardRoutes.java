package org.parley.dashboard;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's deep links. Each is the same page ({@code static/index.html}); the
 * client reads the path and query to know which view to draw. Paths not listed here fall
 * through to the static files and, when there is none, to a 404 problem. Not part of the
 * API, so not in its description.
 */
@Hidden
@Controller
class DashboardRoutes {

	static final String PAGE = "forward:/index.html";

	@GetMapping({ "/", "/timeline", "/matrix", "/quotes", "/map", "/review" })
	String view() {
		return PAGE;
	}

	@GetMapping({ "/articles/{slug}", "/actors/{slug}", "/statements/{id}", "/review/{slug}" })
	String item() {
		return PAGE;
	}

}
