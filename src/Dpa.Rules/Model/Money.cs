using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>An amount of money in an ISO 4217 currency, such as a liability cap of EUR 15,000.</summary>
public readonly record struct Money
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount; not negative.</param>
    /// <param name="currency">The ISO 4217 code: three upper-case letters, e.g. <c>EUR</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    public Money(decimal amount, string currency)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount must not be negative.");
        }

        ArgumentNullException.ThrowIfNull(currency);
        Preconditions.CheckArgument(
            currency.Length == 3 && currency.All(char.IsAsciiLetterUpper),
            nameof(currency),
            "A currency must be an ISO 4217 code of three upper-case letters, such as 'EUR'.");
        Amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency => _currency ?? "EUR";

    private readonly string? _currency;

    /// <summary>Returns the amount and currency, e.g. <c>EUR 15000</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Currency} {Amount}");
}
