namespace Meziantou.Analyzer.Annotations;

/// <summary>
/// Tells the culture analyzer (Meziantou.Analyzer, which finds it by this full name) that a type formats the same in
/// every culture: the value types ignore the format provider by design, so interpolating them is safe. Kept in the
/// assembly's metadata so that the charts, reports and sample see it too.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class CultureInsensitiveTypeAttribute : Attribute
{
}
