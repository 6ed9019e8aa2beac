package org.chantilly.web.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Message;
import org.chantilly.platform.api.MessageKey;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.OneOf;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ProblemException;

/**
 * Binds a parsed JSON body to the form a resource declares (records, lists, maps and the value types below),
 * strictly: a value of the wrong JSON type, an unknown property, a number where a string is expected (amounts of
 * money are decimal strings, never JSON numbers), an enum value that does not exist or a date that does not parse is
 * refused with its path ({@code purchase.price.amount}, {@code businessHours[2].day}) and a message that says what is
 * allowed. It goes on after an error, so that every such field is reported at once; a field it could not read is
 * {@code null} in the result.
 */
final class FormBinder {

    /** A decimal amount as text: digits, at most one point, no exponent, no sign. */
    static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d{1,20})?");

    /** Decimal places of an amount without a currency. */
    private static final int MAX_SCALE = 4;

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    /** Whether this binder can read the type: records, lists, sets and maps of what it can read, and plain values. */
    static boolean binds(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return (raw.isAssignableFrom(List.class) || raw.isAssignableFrom(Set.class)) && binds(arguments[0]);
            }
            return Map.class.equals(raw) && String.class.equals(arguments[0]) && binds(arguments[1]);
        }
        return type instanceof Class<?> c && (c.isRecord() || c.isEnum() || plainValue(c));
    }

    private static boolean plainValue(Class<?> c) {
        return c == String.class || c == Boolean.class || c == boolean.class || c == Integer.class || c == int.class
                || c == Long.class || c == long.class || c == BigDecimal.class || c == LocalDate.class
                || c == Instant.class || c == LocalTime.class || c == ZoneId.class || c == Duration.class;
    }

    /** The value at {@code path} as {@code type}; {@code null} (and an error) when it does not fit. */
    Object bind(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return nothing(type);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Map.class.equals(raw)) {
                return map(value, arguments[1], path);
            }
            return collection(value, arguments[0], path, raw.isAssignableFrom(List.class));
        }
        Class<?> c = (Class<?>) type;
        if (c == Money.class) {
            return money(value, path);
        }
        if (c.isRecord()) {
            return record(value, c, path);
        }
        if (c.isEnum()) {
            return constant(value, c, path);
        }
        return plain(value, c, path);
    }

    private static Object nothing(Type type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private void refuse(String path, MessageKey key, Object... arguments) {
        errors.add(FieldError.of(path.isEmpty() ? "body" : path, key, arguments));
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Message describe(JsonValue value) {
        return (switch (value.getValueType()) {
            case OBJECT -> PlatformMessage.JSON_IS_OBJECT;
            case ARRAY -> PlatformMessage.JSON_IS_ARRAY;
            case STRING -> PlatformMessage.JSON_IS_STRING;
            case NUMBER -> PlatformMessage.JSON_IS_NUMBER;
            case TRUE, FALSE -> PlatformMessage.JSON_IS_BOOLEAN;
            case NULL -> PlatformMessage.JSON_IS_NULL;
        }).with();
    }

    private Object record(JsonValue value, Class<?> type, String path) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, PlatformMessage.JSON_OBJECT, describe(value));
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String key : object.keySet()) {
            if (!names.contains(key)) {
                refuse(child(path, key), PlatformMessage.JSON_NOT_A_FIELD, String.join(", ", names));
            }
        }
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            arguments[i] = bind(object.get(component.getName()), component.getGenericType(),
                    child(path, component.getName()));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            // a record that checks its own values: the values were read but break its rule
            if (errors.size() == before) {
                if (e.getCause() instanceof ProblemException refused) {
                    errors.add(new FieldError(path.isEmpty() ? "body" : path, refused.text()));
                } else if (e.getCause() != null && e.getCause().getMessage() != null) {
                    refuse(path, PlatformMessage.VALUE_REFUSED, e.getCause().getMessage());
                } else {
                    refuse(path, PlatformMessage.INVALID);
                }
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private Object collection(JsonValue value, Type element, String path, boolean list) {
        if (!(value instanceof JsonArray array)) {
            refuse(path, PlatformMessage.JSON_ARRAY, describe(value));
            return null;
        }
        Collection<Object> result = list ? new ArrayList<>() : new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            result.add(bind(array.get(i), element, path + "[" + i + "]"));
        }
        return list ? result : Set.copyOf(result.stream().filter(e -> e != null).toList());
    }

    private Object map(JsonValue value, Type element, String path) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, PlatformMessage.JSON_OBJECT, describe(value));
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        object.forEach((key, item) -> result.put(key, bind(item, element, child(path, key))));
        return result;
    }

    private Object constant(JsonValue value, Class<?> type, String path) {
        String allowed = OneOf.Validator.allowed(type);
        if (value instanceof JsonString string) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(string.getString())) {
                    return constant;
                }
            }
        }
        refuse(path, PlatformMessage.ONE_OF, allowed);
        return null;
    }

    private Object money(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, PlatformMessage.JSON_MONEY, "{\"amount\": \"39.99\", \"currency\": \"EUR\"}");
            return null;
        }
        for (String key : object.keySet()) {
            if (!key.equals("amount") && !key.equals("currency")) {
                refuse(child(path, key), PlatformMessage.JSON_MONEY_FIELD);
            }
        }
        String currencyPath = child(path, "currency");
        Currency currency = null;
        JsonValue code = object.get("currency");
        if (code == null || code.getValueType() == JsonValue.ValueType.NULL) {
            refuse(currencyPath, PlatformMessage.JSON_CURRENCY_REQUIRED);
        } else if (!(code instanceof JsonString text) || !text.getString().matches("[A-Z]{3}")) {
            refuse(currencyPath, PlatformMessage.JSON_CURRENCY_FORMAT);
        } else {
            try {
                currency = Currency.getInstance(text.getString());
            } catch (IllegalArgumentException e) {
                refuse(currencyPath, PlatformMessage.UNKNOWN_CURRENCY);
            }
        }
        BigDecimal amount = decimal(object.get("amount"), child(path, "amount"), true);
        if (amount == null || currency == null) {
            return null;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.scale() > digits) {
            if (digits == 1) {
                refuse(child(path, "amount"), PlatformMessage.JSON_CURRENCY_DECIMAL, currency.getCurrencyCode());
            } else {
                refuse(child(path, "amount"), PlatformMessage.JSON_CURRENCY_DECIMALS, currency.getCurrencyCode(), digits);
            }
            return null;
        }
        return new Money(amount, currency.getCurrencyCode());
    }

    private BigDecimal decimal(JsonValue value, String path, boolean required) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                refuse(path, PlatformMessage.JSON_DECIMAL_REQUIRED);
            }
            return null;
        }
        if (value instanceof JsonNumber) {
            refuse(path, PlatformMessage.JSON_DECIMAL_NUMBER);
            return null;
        }
        if (!(value instanceof JsonString text) || !DECIMAL.matcher(text.getString()).matches()) {
            refuse(path, PlatformMessage.JSON_DECIMAL_FORMAT);
            return null;
        }
        return new BigDecimal(text.getString());
    }

    private BigDecimal decimalWithoutCurrency(JsonValue value, String path) {
        BigDecimal decimal = decimal(value, path, false);
        if (decimal != null && decimal.scale() > MAX_SCALE) {
            refuse(path, PlatformMessage.JSON_DECIMAL_PLACES, MAX_SCALE);
            return null;
        }
        return decimal;
    }

    private Object plain(JsonValue value, Class<?> type, String path) {
        if (type == String.class) {
            return string(value, path);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                return value.getValueType() == JsonValue.ValueType.TRUE;
            }
            refuse(path, PlatformMessage.JSON_BOOLEAN, describe(value));
            return nothing(type);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return whole(value, type, path);
        }
        if (type == BigDecimal.class) {
            return decimalWithoutCurrency(value, path);
        }
        String text = value instanceof JsonString s ? s.getString() : null;
        try {
            if (type == LocalDate.class) {
                return text == null ? wrong(path, PlatformMessage.JSON_DATE) : LocalDate.parse(text);
            }
            if (type == Instant.class) {
                return text == null ? wrong(path, PlatformMessage.JSON_INSTANT)
                        : OffsetDateTime.parse(text).toInstant();
            }
            if (type == LocalTime.class) {
                return text == null ? wrong(path, PlatformMessage.JSON_TIME) : LocalTime.parse(text);
            }
            if (type == ZoneId.class) {
                return text == null ? wrong(path, PlatformMessage.JSON_ZONE) : ZoneId.of(text);
            }
            if (type == Duration.class) {
                return text == null ? wrong(path, PlatformMessage.JSON_DURATION) : Duration.parse(text);
            }
        } catch (DateTimeException e) {
            return wrong(path, PlatformMessage.JSON_NOT_VALID, type == LocalDate.class ? PlatformMessage.JSON_A_DATE
                    : type == Instant.class ? PlatformMessage.JSON_AN_INSTANT
                    : type == LocalTime.class ? PlatformMessage.JSON_A_TIME
                    : type == ZoneId.class ? PlatformMessage.JSON_A_ZONE
                    : PlatformMessage.JSON_A_DURATION);
        }
        throw new IllegalStateException("no binding for " + type);
    }

    private Object wrong(String path, MessageKey key, Object... arguments) {
        refuse(path, key, arguments);
        return null;
    }

    private String string(JsonValue value, String path) {
        if (!(value instanceof JsonString json)) {
            refuse(path, PlatformMessage.JSON_STRING, describe(value));
            return null;
        }
        String text = json.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                refuse(path, PlatformMessage.JSON_NUL);
                return null;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                refuse(path, PlatformMessage.JSON_LONE_SURROGATE, "\\u" + Integer.toHexString(c));
                return null;
            }
        }
        return text;
    }

    private Object whole(JsonValue value, Class<?> type, String path) {
        boolean small = type == Integer.class || type == int.class;
        if (value instanceof JsonNumber number) {
            try {
                BigInteger exact = number.bigDecimalValue().toBigIntegerExact();
                if (small) {
                    return Integer.valueOf(exact.intValueExact());
                }
                return Long.valueOf(exact.longValueExact());
            } catch (ArithmeticException e) {
                // a fraction, or too large: refused below
            }
        }
        if (small) {
            refuse(path, PlatformMessage.WHOLE_NUMBER_RANGE, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else {
            refuse(path, PlatformMessage.JSON_WHOLE_NUMBER);
        }
        return nothing(type);
    }
}
