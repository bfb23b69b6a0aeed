package org.waymark.security;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every route Spring MVC maps, read from its request-mapping registry (every
 * {@link RequestMappingInfoHandlerMapping} bean, so Boot's /error is there too), with the
 * handler method that answers it. A mapping with several paths or methods gives one route
 * for each.
 */
final class MappedRoutes {

	private MappedRoutes() {
	}

	static SortedMap<Route, HandlerMethod> of(ApplicationContext context) {
		SortedMap<Route, HandlerMethod> routes = new TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				String params = info.getParamsCondition()
					.getExpressions()
					.stream()
					.map(Object::toString)
					.sorted()
					.collect(Collectors.joining("&"));
				for (String method : methods(info)) {
					for (String pattern : info.getPatternValues()) {
						// Boot's error controller maps /error twice (HTML and JSON): one
						// route.
						routes.putIfAbsent(new Route(method, pattern, params), entry.getValue());
					}
				}
			}
		}
		return Collections.unmodifiableSortedMap(routes);
	}

	private static Set<String> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (methods.isEmpty()) {
			return RoutePolicies.UNRESTRICTED_METHODS;
		}
		return methods.stream().map(RequestMethod::name).collect(Collectors.toSet());
	}

}
