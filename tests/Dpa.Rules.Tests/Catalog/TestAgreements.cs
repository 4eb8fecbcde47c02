using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog;

/// <summary>Small agreements for rule tests: start from <see cref="Minimal"/> and set only what the test is about with <c>with</c>.</summary>
internal static class TestAgreements
{
    /// <summary>An executed agreement that states nothing but a processor's name.</summary>
    public static ProcessingAgreement Minimal(AgreementStatus status = AgreementStatus.Executed) => new()
    {
        Document = new AgreementDocument { Status = status },
        Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
    };
}
