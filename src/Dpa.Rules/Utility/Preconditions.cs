using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Dpa.Rules.Utility;

/// <summary>Argument checks shared by every constructor in the library.</summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="min"/> ≤ <paramref name="value"/> ≤ <paramref name="max"/>.</summary>
    public static void CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be between {min} and {max}.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is non-null and has at least one non-white-space character.</summary>
    public static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        CheckArgument(!string.IsNullOrWhiteSpace(value), paramName, "Value must not be empty or white space.");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a defined member of its enum.</summary>
    public static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (!DefinedValues<TEnum>.Contains(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is <see langword="null"/> or a defined member of its enum.</summary>
    public static TEnum? CheckDefined<TEnum>(TEnum? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
        => value is { } v ? CheckDefined(v, paramName) : null;

    /// <summary>Throws unless <paramref name="value"/> is <see langword="null"/> or not negative.</summary>
    public static int? CheckNotNegative(int? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must not be negative.");
        }

        return value;
    }
}

/// <summary>The defined members of <typeparamref name="TEnum"/>, read once: <see cref="Enum.IsDefined{TEnum}(TEnum)"/> reads the
/// enum's metadata on every call (by reflection in a NativeAOT build), and every enum value an agreement states is checked.</summary>
internal static class DefinedValues<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenSet<TEnum> Values = Enum.GetValues<TEnum>().ToFrozenSet();

    /// <summary>Gets whether <paramref name="value"/> is a defined member.</summary>
    public static bool Contains(TEnum value) => Values.Contains(value);
}
