using System;
using System.Collections.Generic;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// The outcome of one walk over the backends: a value (a string, or a parsed <see cref="AirflowConnection"/>), or
    /// the places searched and why nothing usable was found.
    /// </summary>
    internal sealed class Lookup
    {
        private static readonly IReadOnlyList<string> NothingSearched = Array.Empty<string>();

        private Lookup(object? value, IReadOnlyList<string> searched, LookupMiss miss)
        {
            Value = value;
            Searched = searched;
            Miss = miss;
        }

        public object? Value { get; }

        /// <summary>Every place looked at, with what each answered (empty when a value was found).</summary>
        public IReadOnlyList<string> Searched { get; }

        /// <summary>Why no value was found: every backend said so, or one failed (or was skipped), or only malformed values were found.</summary>
        public LookupMiss Miss { get; }

        /// <summary>Whether a backend failed, was skipped or held a malformed value: the key may exist.</summary>
        public bool Failed => Miss != LookupMiss.None && Miss != LookupMiss.NotFound;

        public static Lookup Found(object value) => new(value, NothingSearched, LookupMiss.None);

        public static Lookup Missing(IReadOnlyList<string> searched, LookupMiss miss) => new(null, searched, miss);
    }
}
