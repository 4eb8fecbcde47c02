namespace Dpa.Rules.Model;

/// <summary>What follows when the controller objects to a new or replacing sub-processor (GDPR Art. 28(2)).</summary>
public enum ObjectionConsequence
{
    /// <summary>The processor does not engage the sub-processor objected to (or proposes another): the objection prevents the
    /// change.</summary>
    ChangeNotMade = 0,

    /// <summary>The processor may go ahead; the controller's only remedy is to terminate the agreement or the services
    /// concerned.</summary>
    TerminationOnly = 1,

    /// <summary>The processor may go ahead and the agreement gives the controller no remedy at all.</summary>
    NoEffect = 2,
}
