using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>Walks every <see cref="TextValue"/> of an agreement and hands each recorded placeholder, with its JSON path, to a visitor.</summary>
/// <remarks>
/// <para>Paths are the JSON format's camelCase property names with array indices. A path string is built only when a
/// placeholder is found, so walking a filled-in agreement allocates nothing. A signature's
/// <see cref="Signature.DatePlaceholder"/> is a blank date field by definition and counts as a placeholder whenever it is
/// recorded without a filled-in <see cref="Signature.SignedOn"/>.</para>
/// <para>When the model gains a <see cref="TextValue"/> property, add it here; <c>PlaceholderWalkerTests</c> fills every
/// one with a placeholder and compares the full list of paths.</para>
/// </remarks>
internal static class PlaceholderWalker
{
    /// <summary>Visits every placeholder of <paramref name="agreement"/> in document order.</summary>
    /// <typeparam name="TVisitor">The visitor; a struct, passed by reference so that it can accumulate state.</typeparam>
    /// <param name="agreement">The agreement.</param>
    /// <param name="visitor">The visitor.</param>
    public static void Walk<TVisitor>(ProcessingAgreement agreement, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        ArgumentNullException.ThrowIfNull(agreement);
        WalkDocument(agreement.Document, ref visitor);
        WalkParties(agreement.Parties, ref visitor);
        WalkProcessing(agreement.Processing, ref visitor);
        WalkSubProcessing(agreement.SubProcessing, ref visitor);
        WalkLocations(agreement.Locations, ref visitor);
        WalkTransfers(agreement.Transfers, ref visitor);
        WalkSecurity(agreement.Security, ref visitor);
        Check(agreement.Liability.Cap?.Description, "$.liability.cap.description", ref visitor);
    }

    private static void WalkDocument<TVisitor>(AgreementDocument document, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        Check(document.Title, "$.document.title", ref visitor);
        Check(document.Version, "$.document.version", ref visitor);
        Check(document.Forum, "$.document.forum", ref visitor);
        Check(document.MainAgreement, "$.document.mainAgreement", ref visitor);
        var signatures = document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            var signature = signatures[i];
            Check(signature.Signatory, "$.document.signatures", i, ".signatory", ref visitor);
            Check(signature.Function, "$.document.signatures", i, ".function", ref visitor);
            Check(signature.Place, "$.document.signatures", i, ".place", ref visitor);
            if (signature.DatePlaceholder is { } date && (date.IsPlaceholder || signature.SignedOn is null))
            {
                visitor.Visit(Path("$.document.signatures", i, ".datePlaceholder"), date);
            }
        }
    }

    private static void WalkParties<TVisitor>(Parties parties, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        var controllers = parties.Controllers;
        for (var i = 0; i < controllers.Length; i++)
        {
            WalkParty(controllers[i], "$.parties.controllers", i, ref visitor);
        }

        WalkParty(parties.Processor, "$.parties.processor", -1, ref visitor);
    }

    // index < 0: the party is not in an array (the processor).
    private static void WalkParty<TVisitor>(Party party, string prefix, int index, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        CheckPartyField(party.Name, prefix, index, ".name", ref visitor);
        CheckPartyField(party.TradeName, prefix, index, ".tradeName", ref visitor);
        CheckPartyField(party.Registration, prefix, index, ".registration", ref visitor);
        CheckPartyField(party.Address, prefix, index, ".address", ref visitor);
        CheckPartyField(party.Representative, prefix, index, ".representative", ref visitor);
        CheckPartyField(party.IdentifiedBy, prefix, index, ".identifiedBy", ref visitor);
        var contacts = party.Contacts;
        for (var j = 0; j < contacts.Length; j++)
        {
            var contact = contacts[j];
            CheckContactField(contact.Name, prefix, index, j, ".name", ref visitor);
            CheckContactField(contact.Function, prefix, index, j, ".function", ref visitor);
            CheckContactField(contact.Email, prefix, index, j, ".email", ref visitor);
            CheckContactField(contact.Phone, prefix, index, j, ".phone", ref visitor);
        }
    }

    private static void CheckPartyField<TVisitor>(TextValue? value, string prefix, int index, string suffix, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (value is { IsPlaceholder: true })
        {
            visitor.Visit(index < 0 ? prefix + suffix : Path(prefix, index, suffix), value);
        }
    }

    private static void CheckContactField<TVisitor>(TextValue? value, string prefix, int index, int contact, string suffix, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (value is { IsPlaceholder: true })
        {
            var party = index < 0 ? prefix : Path(prefix, index, string.Empty);
            visitor.Visit(Path(party + ".contacts", contact, suffix), value);
        }
    }

    private static void WalkProcessing<TVisitor>(ProcessingDescription processing, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        Check(processing.SubjectMatter, "$.processing.subjectMatter", ref visitor);
        CheckAll(processing.Nature, "$.processing.nature", ref visitor);
        CheckAll(processing.Purposes, "$.processing.purposes", ref visitor);
        CheckAll(processing.PersonalData, "$.processing.personalData", ref visitor);
        CheckAll(processing.DataSubjects, "$.processing.dataSubjects", ref visitor);
        CheckAll(processing.SensitiveData.Safeguards, "$.processing.sensitiveData.safeguards", ref visitor);
    }

    private static void WalkSubProcessing<TVisitor>(SubProcessingTerms terms, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        Check(terms.ListUrl, "$.subProcessing.listUrl", ref visitor);
        var subProcessors = terms.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            Check(subProcessors[i].Name, "$.subProcessing.subProcessors", i, ".name", ref visitor);
            Check(subProcessors[i].Service, "$.subProcessing.subProcessors", i, ".service", ref visitor);
        }
    }

    private static void WalkLocations<TVisitor>(LocationTerms terms, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        var processing = terms.Processing;
        for (var i = 0; i < processing.Length; i++)
        {
            Check(processing[i].Provider, "$.locations.processing", i, ".provider", ref visitor);
            Check(processing[i].Purpose, "$.locations.processing", i, ".purpose", ref visitor);
        }
    }

    private static void WalkTransfers<TVisitor>(ImmutableArray<Transfer> transfers, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        for (var i = 0; i < transfers.Length; i++)
        {
            Check(transfers[i].Recipient, "$.transfers", i, ".recipient", ref visitor);
            Check(transfers[i].Scope, "$.transfers", i, ".scope", ref visitor);
        }
    }

    private static void WalkSecurity<TVisitor>(SecurityTerms terms, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        var measures = terms.Measures;
        for (var i = 0; i < measures.Length; i++)
        {
            Check(measures[i].Description, "$.security.measures", i, ".description", ref visitor);
        }

        var certifications = terms.Certifications;
        for (var i = 0; i < certifications.Length; i++)
        {
            Check(certifications[i].Standard, "$.security.certifications", i, ".standard", ref visitor);
            Check(certifications[i].Holder, "$.security.certifications", i, ".holder", ref visitor);
        }
    }

    private static void Check<TVisitor>(TextValue? value, string path, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (value is { IsPlaceholder: true })
        {
            visitor.Visit(path, value);
        }
    }

    private static void Check<TVisitor>(TextValue? value, string prefix, int index, string suffix, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        if (value is { IsPlaceholder: true })
        {
            visitor.Visit(Path(prefix, index, suffix), value);
        }
    }

    private static void CheckAll<TVisitor>(ImmutableArray<TextValue> values, string prefix, ref TVisitor visitor)
        where TVisitor : struct, IPlaceholderVisitor
    {
        for (var i = 0; i < values.Length; i++)
        {
            Check(values[i], prefix, i, string.Empty, ref visitor);
        }
    }

    private static string Path(string prefix, int index, string suffix) =>
        string.Concat(prefix, "[", index.ToString(CultureInfo.InvariantCulture), "]", suffix);
}
