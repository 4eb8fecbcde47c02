using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using Dpa.Rules.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The reader against the diagnosing walker on generated and damaged documents.</summary>
public sealed class AgreementJsonReaderProperties
{
    [Property(MaxTest = 200)]
    public Property SavedAgreements_AreLoadedBack_Exactly_AndTheDiagnoserAgrees() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            using var saved = new MemoryStream();
            AgreementJson.Save(agreement, saved);
            saved.Position = 0;
            var loaded = AgreementJson.Load(saved);
            var error = AgreementJsonReader.Diagnose(saved.ToArray(), out var diagnosed);
            return loaded == agreement && error is null && diagnosed == agreement;
        });

    /// <summary>Load either returns the model the diagnoser reads, or throws the error the diagnoser finds: the serializer never
    /// accepts a document the diagnoser rejects, and the diagnoser never accepts one the serializer rejects.</summary>
    [Property(MaxTest = 400)]
    public Property DamagedDocuments_AreReadOrRejected_AsTheDiagnoserSays() =>
        Prop.ForAll(DamagedJson.Document.ToArbitrary(), json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var error = AgreementJsonReader.Diagnose(bytes, out var diagnosed);
            ProcessingAgreement loaded;
            try
            {
                loaded = AgreementJson.Load(bytes);
            }
            catch (AgreementFormatException ex)
            {
                return (error is not null && ex.Kind == error.Kind && ex.Arguments.SequenceEqual(error.Arguments) && ex.Path == error.Path
                    && ex.LineNumber == error.LineNumber && ex.BytePositionInLine == error.BytePositionInLine)
                    .Label($"Load threw {ex.Kind} at {ex.Path}; the diagnoser said {error?.Kind.ToString() ?? "nothing"} at {error?.Path}");
            }

            return (error is null && loaded == diagnosed).Label($"Load accepted what the diagnoser rejects: {error?.Kind} at {error?.Path}");
        });
}
