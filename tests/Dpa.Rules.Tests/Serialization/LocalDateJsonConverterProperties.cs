using System.Globalization;
using Dpa.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Tests.Serialization;

/// <summary>The date converter checks shape and ranges itself; it must accept exactly the dates NodaTime's ISO pattern accepts.</summary>
public sealed class LocalDateJsonConverterProperties
{
    private static readonly Gen<string> DateLikeText =
        from sign in Gen.Elements("", "", "", "-", "+")
        from year in Gen.Choose(-10_050, 10_050)
        from yearDigits in Gen.Elements("D4", "D4", "D4", "D3", "D5")
        from month in Gen.Choose(-1, 14)
        from day in Gen.Choose(-1, 33)
        from separator in Gen.Elements("-", "-", "-", "/")
        select sign + Math.Abs(year).ToString(yearDigits, CultureInfo.InvariantCulture) + separator
            + month.ToString("D2", CultureInfo.InvariantCulture) + "-" + day.ToString("D2", CultureInfo.InvariantCulture);

    [Property(MaxTest = 2000)]
    public Property Converter_AcceptsExactlyWhatTheIsoPatternAccepts() =>
        Prop.ForAll(DateLikeText.ToArbitrary(), text =>
        {
            var expected = LocalDatePattern.Iso.Parse(text);
            var json = "{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"dateSigned\":\"" + text + "\"},\"parties\":{\"processor\":{}}}";
            LocalDate? actual;
            try
            {
                actual = AgreementJson.Parse(json).Document.DateSigned;
            }
            catch (AgreementFormatException ex) when (ex.Kind == JsonFormatErrorKind.InvalidValue && ex.Path == "$.document.dateSigned")
            {
                actual = null;
            }

            return (expected.Success ? actual == expected.Value : actual is null).Label($"{text}: NodaTime {expected.Success}, converter {actual}");
        });

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0000-01-01", 0, 1, 1)]
    [InlineData("-0001-12-31", -1, 12, 31)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void EdgeDates_AreRead(string text, int year, int month, int day)
    {
        var json = "{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"dateSigned\":\"" + text + "\"},\"parties\":{\"processor\":{}}}";

        Assert.Equal(new LocalDate(year, month, day), AgreementJson.Parse(json).Document.DateSigned);
    }
}
