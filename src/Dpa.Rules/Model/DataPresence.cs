namespace Dpa.Rules.Model;

/// <summary>Whether the agreement says a kind of data is part of the processing.</summary>
public enum DataPresence
{
    /// <summary>The agreement does not say.</summary>
    NotStated = 0,

    /// <summary>The agreement excludes it ("no special categories will be stored").</summary>
    Excluded = 1,

    /// <summary>The agreement says it is processed.</summary>
    Present = 2,

    /// <summary>A checklist or blank to be filled in.</summary>
    Placeholder = 3,
}
