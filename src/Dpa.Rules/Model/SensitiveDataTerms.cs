using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>What the agreement says about special categories of data (GDPR Art. 9), criminal-offence data (Art. 10) and national
/// identification numbers (Art. 87).</summary>
public sealed record SensitiveDataTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether special categories are processed.</summary>
    public DataPresence SpecialCategories { get; init => field = Preconditions.CheckDefined(value); } = DataPresence.NotStated;

    /// <summary>Gets the special categories named, as such or through a type of personal data the agreement lists that belongs
    /// to one (sick-leave records are data concerning health).</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<SpecialCategory> SpecialCategoryKinds
    {
        get => _specialCategoryKinds.Items;
        init => _specialCategoryKinds = new(value, nameof(SpecialCategoryKinds));
    }

    /// <summary>Gets whether criminal-offence data are processed.</summary>
    public DataPresence CriminalData { get; init => field = Preconditions.CheckDefined(value); } = DataPresence.NotStated;

    /// <summary>Gets whether national identification numbers, such as the Dutch citizen service number (BSN), are processed,
    /// as such or through a type of personal data the agreement lists that carries one (a copy of a Dutch passport).</summary>
    /// <remarks><para>GDPR Art. 87 lets member states set the conditions; in the Netherlands a number that identifies a person
    /// and is prescribed by law may be used only to carry out that law or for purposes set by law (UAVG Art. 46).</para></remarks>
    public DataPresence NationalIdentificationNumbers { get; init => field = Preconditions.CheckDefined(value); } = DataPresence.NotStated;

    /// <summary>Gets the law the agreement names as providing for the use of the national identification numbers.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? NationalIdentificationNumberBasis { get; init; }

    /// <summary>Gets the specific safeguards for such data (SCC 2021/915 Clause 7.5).</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<TextValue> Safeguards
    {
        get => _safeguards.Items;
        init => _safeguards = new(value, nameof(Safeguards));
    }

    private readonly EquatableArray<SpecialCategory> _specialCategoryKinds;
    private readonly EquatableArray<TextValue> _safeguards;
}
