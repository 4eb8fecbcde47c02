using System.Collections.Immutable;
using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dpa.Rules.Testing;

/// <summary>FsCheck 3 arbitraries of the agreement model, for <c>[Property(Arbitrary = [typeof(AgreementArbitraries)])]</c> or
/// <c>Prop.ForAll(AgreementArbitraries.ProcessingAgreement(), ...)</c>.</summary>
/// <remarks><para>Agreements shrink: a failing agreement is reduced by emptying sections and shortening lists, so the
/// counterexample FsCheck reports is small.</para></remarks>
public static class AgreementArbitraries
{
    /// <summary>Gets whole agreements (<see cref="AgreementGenerators.Agreement"/>), shrinking.</summary>
    public static Arbitrary<ProcessingAgreement> ProcessingAgreement() => Arb.From(AgreementGenerators.Agreement, AgreementShrinker.Shrink);

    /// <summary>Gets realistic agreements (<see cref="AgreementGenerators.Realistic"/>), shrinking.</summary>
    public static Arbitrary<ProcessingAgreement> Realistic() => Arb.From(AgreementGenerators.Realistic, AgreementShrinker.Shrink);

    /// <summary>Gets periods.</summary>
    public static Arbitrary<ContractualPeriod> ContractualPeriod() => AgreementGenerators.Period.ToArbitrary();

    /// <summary>Gets text values, stated or placeholder.</summary>
    public static Arbitrary<TextValue> TextValue() => AgreementGenerators.Text.ToArbitrary();

    /// <summary>Gets dates.</summary>
    public static Arbitrary<LocalDate> LocalDate() => AgreementGenerators.Date.ToArbitrary();
}

/// <summary>Shrinks an agreement: each section back to its empty default, each list of the agreement to its first half and
/// to none, one step at a time (FsCheck repeats while the property still fails).</summary>
internal static class AgreementShrinker
{
    public static IEnumerable<ProcessingAgreement> Shrink(ProcessingAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var empty = new ProcessingAgreement { Document = agreement.Document, Parties = agreement.Parties };
        var candidates = new[]
        {
            agreement with { Processing = empty.Processing },
            agreement with { Instructions = empty.Instructions },
            agreement with { Assistance = empty.Assistance },
            agreement with { SubProcessing = empty.SubProcessing },
            agreement with { Locations = empty.Locations },
            agreement with { Transfers = Half(agreement.Transfers) },
            agreement with { Security = empty.Security },
            agreement with { Breach = empty.Breach },
            agreement with { Audits = empty.Audits },
            agreement with { Liability = empty.Liability },
            agreement with { EndOfProcessing = empty.EndOfProcessing },
            agreement with { Amendments = empty.Amendments },
            agreement with { Parties = agreement.Parties with { Controllers = Half(agreement.Parties.Controllers) } },
            agreement with { Document = agreement.Document with { Signatures = Half(agreement.Document.Signatures) } },
            agreement with { SubProcessing = agreement.SubProcessing with { SubProcessors = Half(agreement.SubProcessing.SubProcessors) } },
            agreement with { Security = agreement.Security with { Measures = Half(agreement.Security.Measures) } },
        };

        // Only real changes, so that shrinking ends.
        return candidates.Where(candidate => !candidate.Equals(agreement));
    }

    private static ImmutableArray<T> Half<T>(ImmutableArray<T> items) => items.Length <= 1 ? [] : items[..(items.Length / 2)];
}
