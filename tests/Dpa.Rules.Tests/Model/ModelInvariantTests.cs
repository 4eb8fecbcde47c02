using System.Collections.Immutable;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Model;

public sealed class ModelInvariantTests
{
    private static ProcessingAgreement Minimal(AgreementStatus status = AgreementStatus.Executed) => new()
    {
        Document = new AgreementDocument { Status = status },
        Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
    };

    [Fact]
    public void Sections_DefaultToEmpty_NotNull()
    {
        var agreement = Minimal();

        Assert.Null(agreement.Processing.SubjectMatter);
        Assert.True(agreement.Processing.Purposes.IsEmpty);
        Assert.Equal(DataPresence.NotStated, agreement.Processing.SensitiveData.SpecialCategories);
        Assert.True(agreement.Transfers.IsEmpty);
        Assert.Equal(ProcessingAgreement.CurrentFormatVersion, agreement.FormatVersion);
        Assert.Equal("Europe/Amsterdam", agreement.Document.TimeZone.Id);
    }

    [Fact]
    public void NullSection_IsTheEmptySection()
    {
        // Source-generated reading sets an omitted section to null (dotnet/runtime#84484), so null means "nothing stated".
        var agreement = Minimal() with { Security = null!, Processing = null! };

        Assert.Equal(new SecurityTerms(), agreement.Security);
        Assert.Equal(new ProcessingDescription(), agreement.Processing);
        Assert.Equal(Minimal(), agreement);
    }

    [Fact]
    public void NullNestedSectionsAndZone_AreTheirDefaults()
    {
        Assert.Equal(new SensitiveDataTerms(), new ProcessingDescription { SensitiveData = null! }.SensitiveData);
        Assert.Equal(new BackupTerms(), new EndOfProcessingTerms { Backups = null! }.Backups);
        Assert.Same(AgreementDocument.DefaultTimeZone, new AgreementDocument { Status = AgreementStatus.Draft, TimeZone = null! }.TimeZone);
    }

    [Fact]
    public void NullRequiredSection_IsStillRejected_NamingTheProperty()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Minimal() with { Parties = null! });

        Assert.Equal("Parties", ex.ParamName);
    }

    [Fact]
    public void UndefinedEnum_IsRejected_NamingTheProperty()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementDocument { Status = (AgreementStatus)42 });

        Assert.Contains("AgreementStatus", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullElement_InCollection_IsRejected_NamingTheProperty()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ProcessingDescription { Purposes = [TextValue.Stated("planning"), null!] });

        Assert.Equal("Purposes", ex.ParamName);
        Assert.Contains("Element 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultArray_BecomesEmpty()
    {
        var description = new ProcessingDescription { Purposes = default };

        Assert.False(description.Purposes.IsDefault);
        Assert.Empty(description.Purposes);
    }

    [Fact]
    public void Equality_IsStructural_IncludingCollections()
    {
        var a = Minimal() with { Processing = new ProcessingDescription { Purposes = ["planning", "support"] } };
        var b = Minimal() with { Processing = new ProcessingDescription { Purposes = ImmutableArray.Create<TextValue>("planning", "support") } };
        var c = Minimal() with { Processing = new ProcessingDescription { Purposes = ["support", "planning"] } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Placeholder_IsDistinctFromStatedValue_AndFromAbsence()
    {
        var placeholder = new Party { Name = TextValue.Placeholder("[NAAM]") };
        var stated = new Party { Name = "[NAAM]" };
        var absent = new Party();

        Assert.True(placeholder.Name!.IsPlaceholder);
        Assert.False(stated.Name!.IsPlaceholder);
        Assert.Null(absent.Name);
        Assert.NotEqual(placeholder, stated);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void StatedText_MustNotBeBlank(string text) =>
        Assert.Throws<ArgumentException>(() => TextValue.Stated(text));

    [Fact]
    public void BlankPlaceholder_IsAllowed_ForEmptyFormFields() =>
        Assert.Equal(string.Empty, TextValue.Placeholder(string.Empty).Text);

    [Theory]
    [InlineData("nl")]
    [InlineData("NLD")]
    [InlineData("N1")]
    public void CountryCode_RejectsNonAlpha2(string code) =>
        Assert.Throws<FormatException>(() => CountryCode.Parse(code));

    [Fact]
    public void Money_RejectsNegativeAmount_AndBadCurrency()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new Money(-1m, "EUR")).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => new Money(1m, "euro")).ParamName);
    }

    [Fact]
    public void BackupTier_RejectsNegativeCount() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BackupTier { Frequency = BackupFrequency.Daily, Count = -1 });

    [Fact]
    public void LocalDates_AreNodaTimeValues()
    {
        var document = new AgreementDocument { Status = AgreementStatus.Executed, DateSigned = new LocalDate(2025, 9, 4) };

        Assert.Equal(IsoDayOfWeek.Thursday, document.DateSigned!.Value.DayOfWeek);
    }
}
