using System.Diagnostics.CodeAnalysis;
using Dpa.Rules.Model;

namespace Dpa.Rules.Time;

/// <summary>The stable names of the counting conventions, as JSON documents and the command line spell them.</summary>
public static class CountingConventionNames
{
    /// <summary>The name of <see cref="CountingConvention.Contract"/>.</summary>
    public const string Contract = "contract";

    /// <summary>The name of <see cref="CountingConvention.Eu118271"/>.</summary>
    public const string Eu118271 = "eu-1182-71";

    /// <summary>The name of <see cref="CountingConvention.NlAtw"/>.</summary>
    public const string NlAtw = "nl-atw";

    /// <summary>Gets the stable name of <paramref name="convention"/>.</summary>
    /// <param name="convention">The convention.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is undefined.</exception>
    public static string GetName(CountingConvention convention) => convention switch
    {
        CountingConvention.Contract => Contract,
        CountingConvention.Eu118271 => Eu118271,
        CountingConvention.NlAtw => NlAtw,
        _ => throw new ArgumentOutOfRangeException(nameof(convention), convention, "Value is not a defined CountingConvention."),
    };

    /// <summary>Parses a stable name (<c>contract</c>, <c>eu-1182-71</c>, <c>nl-atw</c>); the match is exact and case-sensitive.</summary>
    /// <param name="name">The name.</param>
    /// <param name="convention">The convention, or <see cref="CountingConvention.Contract"/> when the name is unknown.</param>
    public static bool TryParse([NotNullWhen(true)] string? name, out CountingConvention convention)
    {
        switch (name)
        {
            case Contract:
                convention = CountingConvention.Contract;
                return true;
            case Eu118271:
                convention = CountingConvention.Eu118271;
                return true;
            case NlAtw:
                convention = CountingConvention.NlAtw;
                return true;
            default:
                convention = CountingConvention.Contract;
                return false;
        }
    }
}
