//! `import`: built-in modules first, then a `.py` file next to the main script, which runs
//! as its own module once and is kept in `sys.modules`.

use super::interp::{new_module, Interp};
use super::{PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::types::function::{Body, Code, PyFrame};
use std::rc::Rc;

fn module_name(module: &Value) -> String {
    match module.as_obj().map(ObjRef::payload) {
        Some(Payload::Module(m)) => m.name.to_string(),
        _ => String::new(),
    }
}

impl Interp {
    /// `import name`. Returns the module.
    pub fn import(&self, name: &str) -> PyResult<Value> {
        if let Payload::Dict(d) = self.sys_modules.payload() {
            if let Some(m) = d.get_str(name) {
                return Ok(m);
            }
        }
        if let Some(m) = crate::modules::builtin_module(self, name) {
            self.add_module(name, &m);
            return Ok(Value::Obj(m));
        }
        if let Some(source) = crate::modules::python_module(name) {
            let display = if crate::modules::is_native_python_module(name) {
                format!("{}{name}.py", crate::modules::NATIVE_FILE_PREFIX)
            } else {
                format!("<stdlib>/{name}.py")
            };
            return self.run_module_source(name, &display, source.as_bytes());
        }
        let path = self
            .script_dir
            .as_ref()
            .filter(|_| !name.contains('.'))
            .map(|dir| dir.join(format!("{name}.py")))
            .filter(|p| p.is_file());
        match path {
            Some(path) => self.load_source_module(name, &path),
            None => {
                let message = if crate::modules::is_stdlib_module(name) {
                    format!("No module named '{name}' (not supported by refpy)")
                } else {
                    format!("No module named '{name}'")
                };
                let err = self.err(&self.exc.module_not_found_error, message);
                if let Payload::Instance(i) = err.exc.payload() {
                    drop(i.set_attr("name", self.new_str(name)));
                }
                Err(err)
            }
        }
    }

    /// `from module import *`: the names in the module's `__all__`, or else every name not
    /// starting with an underscore, bound in `target` (the importing namespace).
    pub fn import_star(&self, module: &Value, target: &ObjRef) -> PyResult<()> {
        let dict = match module.as_obj().map(ObjRef::payload) {
            Some(Payload::Module(m)) => m.dict.clone(),
            _ => return Ok(()),
        };
        let Payload::Dict(d) = dict.payload() else {
            return Ok(());
        };
        let pairs: Vec<(Value, Value)> = match d.get_str("__all__") {
            Some(all) => {
                let mut pairs = Vec::new();
                for name in self.collect(&all)? {
                    let Some(text) = super::ops::str_of(&name).map(str::to_string) else {
                        return Err(self.type_error(format!(
                            "Item in {}.__all__ must be str, not {}",
                            module_name(module),
                            self.type_name(&name)
                        )));
                    };
                    let v = self.getattr(module, &text)?;
                    pairs.push((name, v));
                }
                pairs
            }
            None => d
                .entries()
                .into_iter()
                .filter(|(k, _)| super::ops::str_of(k).is_some_and(|k| !k.starts_with('_')))
                .collect(),
        };
        for (k, v) in pairs {
            self.setitem(&Value::Obj(target.clone()), k, v)?;
        }
        Ok(())
    }

    /// Registers a module in `sys.modules`.
    pub fn add_module(&self, name: &str, module: &ObjRef) {
        let key = self.new_str(name);
        if let (Payload::Dict(d), Value::Obj(k)) = (self.sys_modules.payload(), key) {
            drop(d.set_str(k, Value::Obj(module.clone())));
        }
    }

    fn load_source_module(&self, name: &str, path: &std::path::Path) -> PyResult<Value> {
        let display = path.to_string_lossy().into_owned();
        let bytes = std::fs::read(path).map_err(|e| {
            self.err(
                &self.exc.import_error,
                format!("cannot read {display}: {e}"),
            )
        })?;
        self.run_module_source(name, &display, &bytes)
    }

    /// Runs Python source as the module `name` (registered in `sys.modules` first, removed
    /// again if it fails), shown as `display` in tracebacks. Standard modules refpy writes
    /// in Python come here too (`modules::python_module`).
    pub fn run_module_source(&self, name: &str, display: &str, bytes: &[u8]) -> PyResult<Value> {
        let display = display.to_string();
        let program = match crate::check_source(&display, bytes) {
            Ok(p) => p,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        let module = crate::keep_module(program.module);
        let globals = self.new_dict();
        crate::builtins::set(self, &globals, "__name__", self.new_str(name));
        crate::builtins::set(self, &globals, "__file__", self.new_str(display.as_str()));
        crate::builtins::set(self, &globals, "__doc__", Value::None);
        let m = new_module(name, globals.clone());
        self.add_module(name, &m);
        let code = Rc::new(Code {
            name: "<module>".into(),
            qualname: "<module>".into(),
            file: program.source,
            scope: &module.scope,
            body: Body::Module(&module.body),
            first_line: 1,
        });
        let frame = ObjRef::new_untracked(Payload::Frame(PyFrame::new(
            code,
            vec![None; module.scope.slot_names.len()],
            globals,
        )));
        if let Err(e) = self.run_frame(&frame) {
            if let Payload::Dict(d) = self.sys_modules.payload() {
                drop(d.remove_str(name));
            }
            return Err(e);
        }
        Ok(Value::Obj(m))
    }

    /// A SyntaxError exception for a module that does not compile.
    fn syntax_error(&self, e: &crate::FrontEndError) -> PyErr {
        let message = e.error.message.clone();
        let class_name = e.error.kind.class_name();
        let class = match crate::builtins::lookup_builtin(self, class_name) {
            Some(Value::Obj(c)) => c,
            _ => self.exc.exception.clone(),
        };
        let line = e.error.line_number(&e.source) as i64;
        let text = e.source.line_text(line as usize).to_string();
        let args = vec![
            self.new_str(message.as_str()),
            self.new_tuple(vec![
                self.new_str(e.source.name.as_str()),
                Value::Int(line),
                Value::Int(e.source.column_of(e.error.span.start as usize) as i64 + 1),
                self.new_str(text),
            ]),
        ];
        PyErr::new(self.new_exception(&class, args))
    }
}
