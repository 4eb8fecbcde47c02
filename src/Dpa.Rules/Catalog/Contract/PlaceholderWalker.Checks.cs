using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>Walks every <see cref="TextValue"/> of an agreement and hands each recorded placeholder, with its JSON path, to a visitor.</summary>
/// <remarks>
/// <para>The walk itself (<c>PlaceholderWalker.g.cs</c>) is generated from the agreement format's metadata, so a text
/// member added to the model is walked without further code; the paths are those of <see cref="AgreementPaths"/>. A path
/// string is built only when a placeholder is found, so walking a filled-in agreement allocates nothing. A signature's
/// <see cref="Signature.DatePlaceholder"/> is a blank date field by definition and counts as a placeholder whenever it is
/// recorded without a filled-in <see cref="Signature.SignedOn"/>; so are a blank governing law
/// (<see cref="AgreementDocument.GoverningLawPlaceholder"/> without <see cref="AgreementDocument.GoverningLaw"/>) and a blank
/// country (<see cref="Party.CountryPlaceholder"/> without <see cref="Party.Country"/>).</para>
/// </remarks>
internal static partial class PlaceholderWalker
{
    private static bool IsBlankDate(Signature signature) =>
        signature.DatePlaceholder is { } date && (date.IsPlaceholder || signature.SignedOn is null);

    private static bool IsBlankGoverningLaw(AgreementDocument document) =>
        document.GoverningLawPlaceholder is { } law && (law.IsPlaceholder || document.GoverningLaw is null);

    private static bool IsBlankCountry(Party party) =>
        party.CountryPlaceholder is { } country && (country.IsPlaceholder || party.Country is null);

    private static void Check<TVisitor>(TextValue? value, bool blank, string path, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (blank)
        {
            visitor.Visit(path, value!);
        }
    }

    private static void Check<TVisitor>(TextValue? value, bool blank, string template, int i, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (blank)
        {
            visitor.Visit(AgreementPaths.Fill(template, i), value!);
        }
    }

    private static void Check<TVisitor>(TextValue? value, bool blank, string template, int i, int j, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (blank)
        {
            visitor.Visit(AgreementPaths.Fill(template, i, j), value!);
        }
    }
}
