package org.parley.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds a list's filter record ({@code @ParameterObject}) from the query parameters
 * named after its components, converted as Spring MVC converts request parameters (ISO
 * dates, enum names, booleans); a value that does not convert is a 400 problem naming the
 * parameter. Spring's own constructor binding would do the same but reads every
 * component's annotations again on every request (the JDK does not cache parameter
 * annotations), a fifth of the CPU time of a list request; here each record's shape is
 * read once.
 */
final class FilterArgumentResolver implements HandlerMethodArgumentResolver {

	private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

	private static final TypeDescriptor TEXTS = TypeDescriptor.valueOf(String[].class);

	private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

	private volatile ConversionService conversion;

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().isRecord() && parameter.hasParameterAnnotation(ParameterObject.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
		ConversionService conversion = this.conversion;
		if (conversion == null) {
			conversion = binderFactory.createBinder(webRequest, null, parameter.getParameterName())
				.getConversionService();
			if (conversion == null) {
				throw new IllegalStateException("No conversion service for request parameters");
			}
			this.conversion = conversion;
		}
		Shape shape = this.shapes.computeIfAbsent(parameter.getParameterType(), Shape::of);
		Object[] values = new Object[shape.names().length];
		for (int i = 0; i < values.length; i++) {
			String[] given = webRequest.getParameterValues(shape.names()[i]);
			if (given == null) {
				continue;
			}
			Object source = (given.length == 1) ? given[0] : given;
			try {
				values[i] = conversion.convert(source, (given.length == 1) ? TEXT : TEXTS, shape.types()[i]);
			}
			catch (ConversionException ex) {
				throw new MethodArgumentTypeMismatchException(source, shape.types()[i].getType(), shape.names()[i],
						shape.parameters()[i], ex);
			}
		}
		try {
			return shape.constructor().newInstance(values);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/** A filter record's canonical constructor and its parameters' names and types. */
	private record Shape(Constructor<?> constructor, String[] names, TypeDescriptor[] types,
			MethodParameter[] parameters) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] raw = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(raw);
				constructor.setAccessible(true);
				String[] names = new String[components.length];
				TypeDescriptor[] types = new TypeDescriptor[components.length];
				MethodParameter[] parameters = new MethodParameter[components.length];
				for (int i = 0; i < components.length; i++) {
					names[i] = components[i].getName();
					parameters[i] = new MethodParameter(constructor, i);
					types[i] = new TypeDescriptor(parameters[i]);
				}
				return new Shape(constructor, names, types, parameters);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("No canonical constructor in " + type, ex);
			}
		}

	}

}
