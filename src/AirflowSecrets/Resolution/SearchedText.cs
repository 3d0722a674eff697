using System;
using System.Collections.Generic;

namespace AirflowSecrets.Resolution
{
    /// <summary>Why a lookup found no usable value.</summary>
    internal enum LookupMiss
    {
        /// <summary>A value was found.</summary>
        None,

        /// <summary>Every backend answered that it does not hold the key.</summary>
        NotFound,

        /// <summary>A backend failed or was skipped as unavailable: the key may exist.</summary>
        Failed,

        /// <summary>Only malformed values were found.</summary>
        Malformed,
    }

    /// <summary>
    /// The words of the "looked in" lists of not-found errors: one entry per backend, "{place}: {what it answered}". Built
    /// and read back here only, so that an error can tell "not found" from "could not be read" from "malformed".
    /// </summary>
    internal static class SearchedText
    {
        private const string NotFoundSuffix = ": not found";
        private const string FailedMarker = ": failed (";
        private const string SkippedMarker = ": skipped (";
        private const string MalformedMarker = ": malformed value (";

        public static string NotFound(string place) => place + NotFoundSuffix;

        public static string Failed(string place, string reason) => place + FailedMarker + reason + ")";

        public static string Skipped(string place, string reason) => place + SkippedMarker + reason + ")";

        public static string Malformed(string place, string problem) => place + MalformedMarker + problem + ")";

        /// <summary>What a list of entries says in all: a failure or skip outweighs a malformed value, which outweighs "not found".</summary>
        public static LookupMiss Classify(IReadOnlyList<string> searched)
        {
            LookupMiss miss = LookupMiss.NotFound;
            foreach (string line in searched)
            {
                if (line.IndexOf(FailedMarker, StringComparison.Ordinal) >= 0 || line.IndexOf(SkippedMarker, StringComparison.Ordinal) >= 0)
                {
                    return LookupMiss.Failed;
                }

                if (line.IndexOf(MalformedMarker, StringComparison.Ordinal) >= 0) miss = LookupMiss.Malformed;
            }

            return miss;
        }
    }
}
