using System.Collections.Generic;

namespace AirflowSecrets
{
    /// <summary>
    /// A class that declares Airflow secrets with the attributes; the source generator implements it. Lets dependency
    /// injection check at start-up that every declared secret exists.
    /// </summary>
    public interface IDeclaresAirflowSecrets
    {
        /// <summary>Every secret the class declares, in declaration order.</summary>
        IReadOnlyList<AirflowSecretKey> DeclaredSecrets { get; }

        /// <summary>The declared secrets that may be absent (optional, or with a default).</summary>
        IReadOnlyList<AirflowSecretKey> OptionalSecrets { get; }
    }
}
