namespace Dpa.Rules.Serialization;

/// <summary>The forms a value can be expected in: the first argument of <see cref="JsonFormatErrorKind.WrongType"/> and
/// <see cref="JsonFormatErrorKind.InvalidValue"/>, rendered by <see cref="JsonFormatErrorText"/>.</summary>
internal static class JsonExpected
{
    public const string Boolean = "boolean";
    public const string Integer = "integer";
    public const string Number = "number";
    public const string String = "string";
    public const string Object = "object";
    public const string Array = "array";
    public const string Text = "text";
    public const string Placeholder = "placeholder";
    public const string Period = "period";
    public const string Date = "date";
    public const string TimeZone = "timeZone";
    public const string CountryCode = "countryCode";
    public const string CurrencyCode = "currencyCode";
    public const string Money = "money";
    public const string Amount = "amount";
    public const string Count = "count";
    public const string RuleId = "ruleId";
    public const string RuleCategory = "ruleCategory";
    public const string Severity = "severity";
    public const string Justification = "justification";
    public const string Clauses = "clauses";
    public const string ClauseList = "clauseList";
    public const string Clause = "clause";

    /// <summary>Gets the form a value of a primitive type is written in, or <see langword="null"/> for any other type.</summary>
    public static string? Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(bool) ? Boolean
            : type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) ? Integer
            : type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? Number
            : type == typeof(string) ? String
            : null;
    }
}
