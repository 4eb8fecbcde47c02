using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>What the agreement says about special categories of data (GDPR Art. 9) and criminal-offence data (Art. 10).</summary>
public sealed record SensitiveDataTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether special categories are processed.</summary>
    public DataPresence SpecialCategories { get; init => field = Preconditions.CheckDefined(value); } = DataPresence.NotStated;

    /// <summary>Gets the special categories named.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<SpecialCategory> SpecialCategoryKinds
    {
        get => _specialCategoryKinds.Items;
        init => _specialCategoryKinds = new(value, nameof(SpecialCategoryKinds));
    }

    /// <summary>Gets whether criminal-offence data are processed.</summary>
    public DataPresence CriminalData { get; init => field = Preconditions.CheckDefined(value); } = DataPresence.NotStated;

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
