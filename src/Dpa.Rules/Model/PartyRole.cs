namespace Dpa.Rules.Model;

/// <summary>The role of a party to the agreement.</summary>
public enum PartyRole
{
    /// <summary>The controller (verwerkingsverantwoordelijke).</summary>
    Controller = 0,

    /// <summary>The processor (verwerker).</summary>
    Processor = 1,
}
