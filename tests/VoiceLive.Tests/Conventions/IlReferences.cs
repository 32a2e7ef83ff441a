using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace VoiceLive.Tests.Conventions
{
    /// <summary>
    /// Which of an assembly's own types each of its types refers to in its compiled IL: signatures, attributes and method
    /// bodies, with nested and compiler-generated types (closures, async state machines) counted as their outermost type,
    /// so a lambda cannot hide a reference.
    /// </summary>
    internal static class IlReferences
    {
        /// <summary>Outermost type full name to the outermost full names of the assembly's own types it refers to.</summary>
        public static Dictionary<string, HashSet<string>> Of(string assemblyPath)
        {
            // Attribute arguments of enum types are read through their definitions, so the dependencies must resolve:
            // they sit beside the test assembly, and the framework's beside System.Object's.
            using var resolver = new DefaultAssemblyResolver();
            resolver.AddSearchDirectory(AppContext.BaseDirectory);
            resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(assemblyPath, new ReaderParameters { AssemblyResolver = resolver });
            ModuleDefinition module = assembly.MainModule;
            var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (TypeDefinition type in module.GetTypes())
            {
                string from = Outermost(type).FullName;
                if (!result.TryGetValue(from, out HashSet<string>? to))
                {
                    to = new HashSet<string>(StringComparer.Ordinal);
                    result[from] = to;
                }

                var collector = new Collector(module, to);
                collector.Type(type);
                to.Remove(from);
            }

            return result;
        }

        private static TypeDefinition Outermost(TypeDefinition type)
        {
            while (type.DeclaringType != null)
            {
                type = type.DeclaringType;
            }

            return type;
        }

        private sealed class Collector
        {
            private readonly ModuleDefinition _module;
            private readonly HashSet<string> _to;

            public Collector(ModuleDefinition module, HashSet<string> to)
            {
                _module = module;
                _to = to;
            }

            public void Type(TypeDefinition type)
            {
                Attributes(type.CustomAttributes);
                Ref(type.BaseType);
                foreach (InterfaceImplementation i in type.Interfaces)
                {
                    Ref(i.InterfaceType);
                }

                foreach (GenericParameter g in type.GenericParameters)
                {
                    Generic(g);
                }

                foreach (FieldDefinition field in type.Fields)
                {
                    Attributes(field.CustomAttributes);
                    Ref(field.FieldType);
                }

                foreach (PropertyDefinition property in type.Properties)
                {
                    Attributes(property.CustomAttributes);
                    Ref(property.PropertyType);
                }

                foreach (EventDefinition e in type.Events)
                {
                    Ref(e.EventType);
                }

                foreach (MethodDefinition method in type.Methods)
                {
                    Method(method);
                }
            }

            private void Method(MethodDefinition method)
            {
                Attributes(method.CustomAttributes);
                Ref(method.ReturnType);
                foreach (ParameterDefinition p in method.Parameters)
                {
                    Attributes(p.CustomAttributes);
                    Ref(p.ParameterType);
                }

                foreach (GenericParameter g in method.GenericParameters)
                {
                    Generic(g);
                }

                if (!method.HasBody)
                {
                    return;
                }

                foreach (VariableDefinition v in method.Body.Variables)
                {
                    Ref(v.VariableType);
                }

                foreach (Instruction instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Ref(t);
                            break;
                        case MethodReference m:
                            Ref(m.DeclaringType);
                            Ref(m.ReturnType);
                            foreach (ParameterDefinition p in m.Parameters)
                            {
                                Ref(p.ParameterType);
                            }

                            if (m is GenericInstanceMethod gm)
                            {
                                foreach (TypeReference a in gm.GenericArguments)
                                {
                                    Ref(a);
                                }
                            }

                            break;
                        case FieldReference f:
                            Ref(f.DeclaringType);
                            Ref(f.FieldType);
                            break;
                    }
                }
            }

            private void Generic(GenericParameter g)
            {
                foreach (GenericParameterConstraint c in g.Constraints)
                {
                    Ref(c.ConstraintType);
                }
            }

            private void Attributes(IEnumerable<CustomAttribute> attributes)
            {
                foreach (CustomAttribute a in attributes)
                {
                    Ref(a.AttributeType);
                    foreach (CustomAttributeArgument arg in a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)).Concat(a.Fields.Select(f => f.Argument)))
                    {
                        Argument(arg);
                    }
                }
            }

            private void Argument(CustomAttributeArgument arg)
            {
                switch (arg.Value)
                {
                    case TypeReference t:
                        Ref(t);
                        break;
                    case CustomAttributeArgument inner:
                        Argument(inner);
                        break;
                    case CustomAttributeArgument[] many:
                        foreach (CustomAttributeArgument m in many)
                        {
                            Argument(m);
                        }

                        break;
                }
            }

            private void Ref(TypeReference? type)
            {
                switch (type)
                {
                    case null:
                    case GenericParameter:
                        return;
                    case GenericInstanceType generic:
                        Ref(generic.ElementType);
                        foreach (TypeReference a in generic.GenericArguments)
                        {
                            Ref(a);
                        }

                        return;
                    case TypeSpecification spec:
                        Ref(spec.ElementType);
                        return;
                }

                if (type is TypeDefinition own && own.Module == _module)
                {
                    _to.Add(Outermost(own).FullName);
                }
                else if (type.Scope == _module)
                {
                    TypeDefinition? resolved = type.Resolve();
                    if (resolved != null)
                    {
                        _to.Add(Outermost(resolved).FullName);
                    }
                }
            }
        }
    }
}
