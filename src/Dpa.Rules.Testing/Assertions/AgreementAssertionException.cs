namespace Dpa.Rules.Testing;

/// <summary>An assertion of Dpa.Rules.Testing failed: a retention policy is not met, or a rule did not report what a test expected.</summary>
/// <remarks><para>An ordinary exception, so that every test framework (xunit, NUnit, MSTest) reports it as a failure with its
/// message; the message says what was expected, what was found, and how the deadlines involved were counted.</para></remarks>
public sealed class AgreementAssertionException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public AgreementAssertionException()
        : this("An assertion about an agreement failed.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public AgreementAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the error that caused it.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public AgreementAssertionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
