using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The one-pass reader against the diagnosing reader on generated and damaged documents.</summary>
public sealed class AgreementJsonFastReaderProperties
{
    [Property(MaxTest = 200)]
    public Property SavedAgreements_AreReadInOnePass_Exactly() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
            AgreementJsonFastReader.TryRead(Encoding.UTF8.GetBytes(AgreementJson.ToJson(agreement)), out var read) && read == agreement);

    [Property(MaxTest = 400)]
    public Property DamagedDocuments_AreAcceptedOnlyWhenTheDiagnosingReaderAcceptsThem_AndReadTheSame() =>
        Prop.ForAll(DamagedJson.Document.ToArbitrary(), json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var fastAccepted = AgreementJsonFastReader.TryRead(bytes, out var fast);
            ProcessingAgreement diagnosed;
            try
            {
                diagnosed = AgreementJsonReader.ReadDiagnosing(bytes, null);
            }
            catch (AgreementFormatException)
            {
                return !fastAccepted;
            }

            return !fastAccepted || fast == diagnosed;
        });
}
