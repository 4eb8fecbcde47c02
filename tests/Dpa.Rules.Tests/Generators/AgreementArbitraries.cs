using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dpa.Rules.Tests.Generators;

/// <summary>Registers <see cref="AgreementGenerators"/> as FsCheck arbitraries for <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class AgreementArbitraries
{
    /// <summary>Gets whole agreements.</summary>
    public static Arbitrary<ProcessingAgreement> ProcessingAgreement() => AgreementGenerators.Agreement.ToArbitrary();

    /// <summary>Gets periods.</summary>
    public static Arbitrary<ContractualPeriod> ContractualPeriod() => AgreementGenerators.Period.ToArbitrary();

    /// <summary>Gets text values, stated or placeholder.</summary>
    public static Arbitrary<TextValue> TextValue() => AgreementGenerators.Text.ToArbitrary();

    /// <summary>Gets dates.</summary>
    public static Arbitrary<LocalDate> LocalDate() => AgreementGenerators.Date.ToArbitrary();
}
