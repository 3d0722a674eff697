using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using AirflowSecrets.Clients;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Configuration
{
    /// <summary>
    /// What the AirflowSecrets configuration provider loads and how: the declared keys (from generated classes or
    /// listed), where the resolver comes from, the client of each connection's <c>ConnectionStrings</c> entry, and the
    /// reload interval. See <c>AddAirflowSecrets</c> on <c>IConfigurationBuilder</c>.
    /// </summary>
    public sealed class AirflowSecretsConfigurationOptions
    {
        private readonly List<AirflowSecretKey> _keys = new();
        private readonly List<AirflowSecretKey> _optionalKeys = new();
        private readonly Dictionary<AirflowSecretKey, AirflowClientKind> _declaredClients = new();

        /// <summary>The keys that must be found: building the configuration fails, naming every one that is not.</summary>
        public IList<AirflowSecretKey> Keys => _keys;

        /// <summary>The keys that may be absent: their configuration keys are then simply missing.</summary>
        public IList<AirflowSecretKey> OptionalKeys => _optionalKeys;

        /// <summary>
        /// The client whose native connection string becomes <c>ConnectionStrings:{conn_id}</c>, per connection id,
        /// overriding the declaration's <c>Client</c> and the client of the connection's conn_type.
        /// </summary>
        public IDictionary<string, AirflowClientKind> ConnectionClients { get; } = new Dictionary<string, AirflowClientKind>(StringComparer.Ordinal);

        /// <summary>The hook arguments and opt-in deviations the client mappings use; default: <see cref="AirflowClientOptions.Default"/>.</summary>
        public AirflowClientOptions? ClientOptions { get; set; }

        /// <summary>
        /// How often the declared keys are read again; <c>null</c> (the default) loads once. A reload that finds a
        /// changed value fires the configuration's change token (so <c>IOptionsMonitor&lt;T&gt;</c> sees it); a reload that
        /// fails keeps the last good values and logs once until a reload succeeds again. The provider's own resolver
        /// caches values for at most this long.
        /// </summary>
        public TimeSpan? ReloadInterval { get; set; }

        /// <summary>The clock of the reload timer and of the provider's own resolver's cache; default: <see cref="TimeProvider.System"/>.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>
        /// The resolver's settings. <c>null</c> (the default): read from Airflow's environment exactly as
        /// <c>services.AddAirflowSecrets()</c> reads it (<c>AIRFLOW__SECRETS__BACKEND[_KWARGS]</c>, <c>AZURE_*</c>…).
        /// The provider builds its own resolver from a copy.
        /// </summary>
        public AirflowSecretsOptions? Secrets { get; set; }

        /// <summary>Adjusts the resolver's settings (from <see cref="Secrets"/> or the environment) before they are validated.</summary>
        public Action<AirflowSecretsOptions>? ConfigureSecrets { get; set; }

        /// <summary>An existing resolver to read through instead of building one (its own cache and clock then apply).</summary>
        public AirflowSecretResolver? Resolver { get; set; }

        /// <summary>Where the provider and its resolver log (never a value); default: nowhere.</summary>
        public ILoggerFactory? LoggerFactory { get; set; }

        /// <summary>Adds a required key.</summary>
        public AirflowSecretsConfigurationOptions Add(AirflowSecretKey key)
        {
            if (key.Key is null) throw new ArgumentException("The key is default(AirflowSecretKey).", nameof(key));
            _keys.Add(key);
            return this;
        }

        /// <summary>Adds a key that may be absent.</summary>
        public AirflowSecretsConfigurationOptions AddOptional(AirflowSecretKey key)
        {
            if (key.Key is null) throw new ArgumentException("The key is default(AirflowSecretKey).", nameof(key));
            _optionalKeys.Add(key);
            return this;
        }

        /// <summary>
        /// Adds every secret a class generated from the Airflow attributes declares, read from its static
        /// <c>DeclaredSecrets</c> and <c>OptionalSecrets</c> (no instance, no scan: safe for trimming and Native AOT),
        /// and the <c>Client</c> each <c>[AirflowConnection]</c> names.
        /// </summary>
        /// <typeparam name="TSecrets">A <c>partial</c> class with Airflow attributes.</typeparam>
        public AirflowSecretsConfigurationOptions AddSecrets<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TSecrets>()
            where TSecrets : class, IDeclaresAirflowSecrets
        {
            AddDeclaringType(typeof(TSecrets));
            return this;
        }

        /// <summary>Adds every class in <paramref name="assembly"/> that the source generator wrote from Airflow attributes.</summary>
        [RequiresUnreferencedCode("Finds the generated classes by scanning the assembly's types, which trimming may remove; use AddSecrets<T>() in trimmed and Native AOT applications.")]
        public AirflowSecretsConfigurationOptions AddAssembly(Assembly assembly)
        {
            if (assembly is null) throw new ArgumentNullException(nameof(assembly));
            bool any = false;
            foreach (Type type in LoadableTypes(assembly).Where(t => t.IsClass && !t.IsAbstract && typeof(IDeclaresAirflowSecrets).IsAssignableFrom(t)))
            {
                AddDeclaringType(type);
                any = true;
            }

            if (!any)
            {
                throw new AirflowSecretsConfigurationException(
                    "The assembly " + assembly.GetName().Name + " has no class generated from Airflow attributes ([AirflowVariable], [AirflowConnection], [AirflowConfig] on a partial class).",
                    "assembly");
            }

            return this;
        }

        internal IReadOnlyDictionary<AirflowSecretKey, AirflowClientKind> DeclaredClients => _declaredClients;

        internal AirflowSecretsConfigurationOptions Copy()
        {
            var copy = new AirflowSecretsConfigurationOptions
            {
                ClientOptions = ClientOptions,
                ReloadInterval = ReloadInterval,
                TimeProvider = TimeProvider,
                Secrets = Secrets,
                ConfigureSecrets = ConfigureSecrets,
                Resolver = Resolver,
                LoggerFactory = LoggerFactory,
            };
            copy._keys.AddRange(_keys);
            copy._optionalKeys.AddRange(_optionalKeys);
            foreach (KeyValuePair<string, AirflowClientKind> pair in ConnectionClients) copy.ConnectionClients[pair.Key] = pair.Value;
            foreach (KeyValuePair<AirflowSecretKey, AirflowClientKind> pair in _declaredClients) copy._declaredClients[pair.Key] = pair.Value;
            return copy;
        }

        internal void Validate()
        {
            if (ReloadInterval is TimeSpan interval && interval <= TimeSpan.Zero)
            {
                throw new AirflowSecretsConfigurationException("The reload interval must be positive (or null: no reload).", nameof(ReloadInterval));
            }

            if (TimeProvider is null) throw new AirflowSecretsConfigurationException("The time provider must not be null.", nameof(TimeProvider));
            if (_keys.Count == 0 && _optionalKeys.Count == 0)
            {
                throw new AirflowSecretsConfigurationException(
                    "No secret is declared: add generated classes (AddSecrets<T>(), an assembly) or keys, so that only those are read from the vault.",
                    nameof(Keys));
            }
        }

        private void AddDeclaringType([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
        {
            IReadOnlyList<AirflowSecretKey> declared = StaticKeys(type, nameof(IDeclaresAirflowSecrets.DeclaredSecrets));
            var optional = new HashSet<AirflowSecretKey>(StaticKeys(type, nameof(IDeclaresAirflowSecrets.OptionalSecrets)));
            foreach (AirflowSecretKey key in declared)
            {
                if (optional.Contains(key)) _optionalKeys.Add(key);
                else _keys.Add(key);
            }

            // The client a declaration names ([AirflowConnection("id", Client = …)]): read from the attribute's data, since
            // an unset Client and Client = Npgsql (0) are the same value on an attribute instance.
            foreach (CustomAttributeData attribute in type.GetCustomAttributesData())
            {
                if (attribute.AttributeType != typeof(AirflowConnectionAttribute) || attribute.ConstructorArguments.Count != 1) continue;
                string? connId = attribute.ConstructorArguments[0].Value as string;
                string? team = null;
                AirflowClientKind? client = null;
                foreach (CustomAttributeNamedArgument named in attribute.NamedArguments)
                {
                    if (named.MemberName == nameof(AirflowConnectionAttribute.Team)) team = named.TypedValue.Value as string;
                    if (named.MemberName == nameof(AirflowConnectionAttribute.Client) && named.TypedValue.Value is int value) client = (AirflowClientKind)value;
                }

                if (connId != null && client != null) _declaredClients[AirflowSecretKey.Connection(connId, team)] = client.Value;
            }
        }

        private static IReadOnlyList<AirflowSecretKey> StaticKeys([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type, string name)
        {
            PropertyInfo? property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Static);
            if (property?.GetValue(null) is IReadOnlyList<AirflowSecretKey> keys) return keys;
            throw new AirflowSecretsConfigurationException(
                type.FullName + " implements IDeclaresAirflowSecrets without the static " + name + " the source generator writes; declare its secrets with the Airflow attributes on a partial class.",
                name);
        }

        [RequiresUnreferencedCode("Scans an assembly's types.")]
        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                return ex.Types.Where(t => t != null)!;
            }
        }
    }
}
