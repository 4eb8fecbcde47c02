namespace Dpa.Rules.Model;

/// <summary>How the processor's own audit reports and certifications relate to an audit by the controller (GDPR
/// Art. 28(3)(h); SCC 2021/915 Clause 7.6(c)).</summary>
/// <remarks><para>Reports that replace audits altogether are <see cref="AuditCondition.OnlyByCertification"/>.</para></remarks>
public enum AuditReportUse
{
    /// <summary>The controller may take the processor's certifications or reports into account when it decides on an audit
    /// (the wording of SCC 2021/915 Clause 7.6(c)).</summary>
    ControllerMayTakeIntoAccount = 0,

    /// <summary>The controller must first obtain and review the processor's existing reports; it may audit only when they
    /// do not settle the question.</summary>
    ReviewedFirst = 1,

    /// <summary>The processor may answer an audit request with its own report or certificate instead of the audit.</summary>
    ProcessorMaySubstitute = 2,
}
