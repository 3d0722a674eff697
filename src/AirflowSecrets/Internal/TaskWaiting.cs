using System;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets
{
    internal static class TaskWaiting
    {
        /// <summary>Waits for a shared task, giving up (without cancelling the task) when the caller's token fires.</summary>
        public static async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
        {
#if NET6_0_OR_GREATER
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
#else
            if (!cancellationToken.CanBeCanceled || task.IsCompleted) return await task.ConfigureAwait(false);
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
            {
                if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }

            return await task.ConfigureAwait(false);
#endif
        }
    }
}
