using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Serialization;

public sealed class AgreementJsonProperties
{
    [Property(MaxTest = 100)]
    public Property SaveThenLoad_RoundTrips() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement => AgreementJson.Parse(AgreementJson.ToJson(agreement)) == agreement);

    [Property(MaxTest = 50)]
    public Property Save_IsStable() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            var saved = AgreementJson.ToJson(agreement);
            return AgreementJson.ToJson(AgreementJson.Parse(saved)) == saved;
        });

    [Property(MaxTest = 20)]
    public Property StreamAndString_AgreeByteForByte() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            using var stream = new MemoryStream();
            AgreementJson.Save(agreement, stream);
            var bytes = stream.ToArray();
            stream.Position = 0;
            return System.Text.Encoding.UTF8.GetString(bytes) == AgreementJson.ToJson(agreement)
                && AgreementJson.Load(stream) == agreement
                && AgreementJson.Load(bytes) == agreement;
        });

    [Property(Arbitrary = [typeof(AgreementArbitraries)], MaxTest = 30)]
    public bool RegisteredArbitraries_GiveAgreementsThatRoundTrip(ProcessingAgreement agreement, TextValue title) =>
        agreement with { Document = agreement.Document with { Title = title } } is var titled
        && AgreementJson.Parse(AgreementJson.ToJson(titled)) == titled;

    [Property(MaxTest = 300)]
    public Property Periods_RoundTripThroughJson() =>
        Prop.ForAll(AgreementGenerators.Period.ToArbitrary(), period =>
        {
            var agreement = new ProcessingAgreement
            {
                Document = new AgreementDocument { Status = AgreementStatus.Draft },
                Parties = new Parties { Processor = new Party() },
                Breach = new BreachTerms { Deadline = period },
            };
            return AgreementJson.Parse(AgreementJson.ToJson(agreement)).Breach.Deadline == period;
        });

    [Property(MaxTest = 300)]
    public Property Dates_RoundTripThroughJson() =>
        Prop.ForAll(AgreementGenerators.Date.ToArbitrary(), date =>
        {
            var agreement = new ProcessingAgreement
            {
                Document = new AgreementDocument { Status = AgreementStatus.Draft, DateSigned = date },
                Parties = new Parties { Processor = new Party() },
            };
            return AgreementJson.Parse(AgreementJson.ToJson(agreement)).Document.DateSigned == date;
        });
}
