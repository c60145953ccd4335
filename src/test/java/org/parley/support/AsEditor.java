package org.parley.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Every request of the annotated test class (or method) is sent with a fresh editor key:
 * before each test, and before its {@code @BeforeEach} methods, each {@link Api} field of
 * the test instance is replaced by {@link Api#asEditor()}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AsEditor.Extension.class)
public @interface AsEditor {

	/** Switches the {@link Api} fields to a new editor key. */
	class Extension implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) throws Exception {
			Object test = context.getRequiredTestInstance();
			for (Field field : ReflectionSupport.findFields(test.getClass(), (f) -> f.getType() == Api.class,
					HierarchyTraversalMode.TOP_DOWN)) {
				field.setAccessible(true);
				Api api = (Api) field.get(test);
				if (api == null) {
					throw new IllegalStateException(field + " has not been injected");
				}
				field.set(test, api.asEditor());
			}
		}

	}

}
