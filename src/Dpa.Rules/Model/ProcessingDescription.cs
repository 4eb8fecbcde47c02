using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The description of the processing that GDPR Art. 28(3) requires.</summary>
public sealed record ProcessingDescription
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the subject-matter of the processing.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? SubjectMatter { get; init; }

    /// <summary>Gets the duration of the processing.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ProcessingDuration? Duration { get; init; }

    /// <summary>Gets the processing operations (the nature of the processing).</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<TextValue> Nature
    {
        get => _nature.Items;
        init => _nature = new(value, nameof(Nature));
    }

    /// <summary>Gets the purposes of the processing.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<TextValue> Purposes
    {
        get => _purposes.Items;
        init => _purposes = new(value, nameof(Purposes));
    }

    /// <summary>Gets the types of personal data.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<TextValue> PersonalData
    {
        get => _personalData.Items;
        init => _personalData = new(value, nameof(PersonalData));
    }

    /// <summary>Gets the categories of data subjects.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<TextValue> DataSubjects
    {
        get => _dataSubjects.Items;
        init => _dataSubjects = new(value, nameof(DataSubjects));
    }

    /// <summary>Gets what the agreement says about special-category (Art. 9) and criminal (Art. 10) data.</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public SensitiveDataTerms SensitiveData { get; init => field = value ?? new(); } = new();

    /// <summary>Gets whether the controller's rights and obligations are set out.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ControllerRightsAndObligations { get; init; }

    private readonly EquatableArray<TextValue> _nature;
    private readonly EquatableArray<TextValue> _purposes;
    private readonly EquatableArray<TextValue> _personalData;
    private readonly EquatableArray<TextValue> _dataSubjects;
}
