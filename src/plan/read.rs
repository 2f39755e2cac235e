//! Typed values read from a parsed JSON document, and the path of the first
//! problem: the one reader of every file the widget reads (plans, catalogs,
//! educator notes, a coached goal).
//!
//! serde's derived `Deserialize` is code per type *and* per deserializer,
//! and most of it is each struct's field loop. Here a struct is read by
//! `read_struct!`, made from the struct's own definition (its field names
//! and serde attributes, written once): a call per field to one reader per
//! field type. Enums and the few types with serde's richer forms (a finding's
//! area and id, a review's change) keep serde's derived code, through the
//! small deserializer below. Measured in docs/ARCHITECTURE.md ("Two modules").
//!
//! Messages are serde's own ("missing field `id`", "invalid type: integer
//! `5`, expected a string"), without a position: the path says where. Each
//! container an error passes through on its way out adds its key or index.

use super::date::PlanDate;
use super::json_path::{duplicate_keys, offset_of, path_at, path_text, Step};
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error as _, Expected, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use serde::Deserialize;
use serde_json::{Map, Number, Value};
use std::fmt;

/// The first problem met while reading, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The keys and positions leading to the problem (empty: the whole value).
    pub path: Vec<Step>,
    /// serde's words for it.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", path_text(&self.path), self.message)
        }
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Self {
            path: Vec::new(),
            message: message.to_string(),
        }
    }
}

impl ReadError {
    /// The error, met inside the container entry `step`. Steps are added
    /// innermost first, on the way out, and put in order by `read`.
    /// Not inlined: one copy of the error path, not one per field read.
    #[inline(never)]
    fn within(mut self, step: Step) -> Self {
        self.path.push(step);
        self
    }

    #[inline(never)]
    fn within_key(self, key: &str) -> Self {
        self.within(Step::Key(key.to_owned()))
    }
}

/// A type read from a JSON value.
pub trait FromJson: Sized {
    /// Reads the value; an error's path is innermost first (`read` turns it).
    fn from_json(value: &Value) -> Result<Self, ReadError>;

    /// The value of a field the file leaves out that no attribute gives a
    /// default: none but for an `Option`, as with serde.
    fn if_missing() -> Option<Self> {
        None
    }
}

/// Reads a `T` from `value`.
pub fn read<T: FromJson>(value: &Value) -> Result<T, ReadError> {
    T::from_json(value).map_err(|mut error| {
        error.path.reverse();
        error
    })
}

/// Parses a data file (a catalog, educator notes) and reads a `T` from it.
/// Like serde_json reading the text: syntax errors keep their line and
/// column, and a key written twice in an object is refused.
pub fn read_text<T: FromJson>(text: &str) -> Result<T, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError {
        path: path_at(text, offset_of(text, e.line(), e.column())),
        message: e.to_string(),
    })?;
    if let Some(path) = duplicate_keys(text, 1).pop() {
        let key = match path.last() {
            Some(Step::Key(key)) => key.clone(),
            _ => String::new(),
        };
        return Err(ReadError {
            path,
            message: format!("duplicate field `{key}`"),
        });
    }
    read(&value)
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, ReadError> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => Err(wrong(other, &"a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, ReadError> {
        match value {
            Value::Bool(b) => Ok(*b),
            other => Err(wrong(other, &"a boolean")),
        }
    }
}

/// Whole numbers, refused as serde refuses them (a number out of range is
/// an invalid value, a fraction an invalid type).
macro_rules! whole_numbers {
    ($($ty:ident)*) => {
        $(
            impl FromJson for $ty {
                fn from_json(value: &Value) -> Result<Self, ReadError> {
                    whole_number(value, stringify!($ty)).and_then(|n| {
                        $ty::try_from(n).map_err(|_| {
                            ReadError::invalid_value(Unexpected::Unsigned(n), &stringify!($ty))
                        })
                    })
                }
            }
        )*
    };
}

whole_numbers!(u8 u32);

/// A whole number that is not negative, or serde's words for what it is.
fn whole_number(value: &Value, expected: &'static str) -> Result<u64, ReadError> {
    match value {
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Ok(u),
            (None, Some(i)) => Err(ReadError::invalid_value(Unexpected::Signed(i), &expected)),
            _ => Err(wrong(value, &expected)),
        },
        other => Err(wrong(other, &expected)),
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Result<Self, ReadError> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }

    fn if_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, ReadError> {
        let Value::Array(items) = value else {
            return Err(wrong(value, &"a sequence"));
        };
        let mut read = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            read.push(T::from_json(item).map_err(|e| e.within(Step::Index(index)))?);
        }
        Ok(read)
    }
}

impl<T: FromJson> FromJson for std::rc::Rc<T> {
    fn from_json(value: &Value) -> Result<Self, ReadError> {
        T::from_json(value).map(std::rc::Rc::new)
    }
}

impl FromJson for PlanDate {
    fn from_json(value: &Value) -> Result<Self, ReadError> {
        match value {
            Value::String(text) => PlanDate::parse(text).map_err(ReadError::custom),
            other => Err(wrong(other, &"a string")),
        }
    }
}

/// The fields of a struct being read (`read_struct!`).
#[doc(hidden)]
pub struct Object<'a>(&'a Map<String, Value>);

impl<'a> Object<'a> {
    /// `value` as the object of a struct with these fields (serde's names,
    /// `expected` as serde says it, "struct Goal"): a key that names none
    /// of them is a problem at that key.
    pub fn of(
        value: &'a Value,
        fields: &'static [&'static str],
        expected: &'static str,
    ) -> Result<Self, ReadError> {
        let Value::Object(object) = value else {
            return Err(wrong(value, &expected));
        };
        match object.keys().find(|key| !fields.contains(&key.as_str())) {
            Some(unknown) => Err(ReadError::unknown_field(unknown, fields).within_key(unknown)),
            None => Ok(Self(object)),
        }
    }

    /// The field `name`, which the file must hold (an `Option` may be left out).
    pub fn required<T: FromJson>(&self, name: &'static str) -> Result<T, ReadError> {
        self.get(name)
            .unwrap_or_else(|| T::if_missing().ok_or_else(|| ReadError::missing_field(name)))
    }

    /// The field `name`, or `T::default()` when left out.
    pub fn or_default<T: FromJson + Default>(&self, name: &'static str) -> Result<T, ReadError> {
        self.get(name).unwrap_or_else(|| Ok(T::default()))
    }

    /// The field `name`, or `default` when left out. (Defaults are values,
    /// not functions: a function pointer is a table entry, for which the
    /// first module would hold a stand-in.)
    pub fn or<T: FromJson>(&self, name: &'static str, default: T) -> Result<T, ReadError> {
        self.get(name).unwrap_or(Ok(default))
    }

    /// The field `name` read, if the file holds it.
    fn get<T: FromJson>(&self, name: &'static str) -> Option<Result<T, ReadError>> {
        let value = self.0.get(name)?;
        Some(T::from_json(value).map_err(|e| e.within_key(name)))
    }
}

/// Defines the structs of a file format (`document_type!`, `catalog_type!`,
/// `notes_type!`): each derives `Serialize` and the traits given first, refuses
/// unknown fields, and is read by `read_struct!` from this same definition.
/// serde's reader and the JSON Schema are derived natively only, where the
/// schema is generated and tests prove both readers read files alike.
macro_rules! format_structs {
    ($derives:tt $(
        $(#[$attr:meta])*
        pub struct $name:ident {
            $($(#[$($field_attr:tt)*])* pub $field:ident : $ty:ty),* $(,)?
        }
    )*) => {
        $(
            #[derive $derives]
            #[derive(serde::Serialize)]
            #[cfg_attr(
                not(target_arch = "wasm32"),
                derive(serde::Deserialize, schemars::JsonSchema)
            )]
            #[serde(deny_unknown_fields)]
            $(#[$attr])*
            pub struct $name {
                $($(#[$($field_attr)*])* pub $field: $ty),*
            }

            $crate::plan::read::read_struct!($name { $([$(#[$($field_attr)*])*] $field: $ty),* });
        )*
    };
}

/// Implements `FromJson` for a struct from its definition, as a
/// `#[serde(deny_unknown_fields)]` struct reads: each field by its name (or
/// its `rename`), with the default its `#[serde(default ...)]` gives it.
/// Used by the macros that define the document, catalog and notes types.
macro_rules! read_struct {
    ($name:ident { $( [$($attrs:tt)*] $field:ident : $ty:ty ),* $(,)? }) => {
        impl $crate::plan::read::FromJson for $name {
            fn from_json(
                value: &serde_json::Value,
            ) -> Result<Self, $crate::plan::read::ReadError> {
                const FIELDS: &[&str] = &[$($crate::plan::read::field_name!([$($attrs)*] $field)),*];
                $($crate::plan::read::unfollowed!([$($attrs)*]);)*
                let object = $crate::plan::read::Object::of(
                    value,
                    FIELDS,
                    concat!("struct ", stringify!($name)),
                )?;
                Ok(Self {
                    $($field: $crate::plan::read::read_field!(
                        object,
                        $crate::plan::read::field_name!([$($attrs)*] $field),
                        [$($attrs)*] $ty
                    )?,)*
                })
            }
        }
    };
}

/// A field's name in the file: its `#[serde(rename = "...")]`, or its own.
macro_rules! field_name {
    ([] $field:ident) => {
        stringify!($field)
    };
    ([#[serde($($words:tt)*)] $($more:tt)*] $field:ident) => {
        $crate::plan::read::field_name!(@serde [$($words)*] [$($more)*] $field)
    };
    ([#[$($other:tt)*] $($more:tt)*] $field:ident) => {
        $crate::plan::read::field_name!([$($more)*] $field)
    };
    (@serde [rename = $name:literal $($rest:tt)*] $more:tt $field:ident) => {
        $name
    };
    (@serde [$word:tt $($rest:tt)*] $more:tt $field:ident) => {
        $crate::plan::read::field_name!(@serde [$($rest)*] $more $field)
    };
    (@serde [] $more:tt $field:ident) => {
        $crate::plan::read::field_name!($more $field)
    };
}

/// Refuses to compile a field with a serde attribute that changes how it
/// reads and that `read_field!` does not follow.
macro_rules! unfollowed {
    ([]) => {};
    ([#[serde($($words:tt)*)] $($more:tt)*]) => {
        $crate::plan::read::unfollowed!(@serde [$($words)*]);
        $crate::plan::read::unfollowed!([$($more)*]);
    };
    ([#[$($other:tt)*] $($more:tt)*]) => {
        $crate::plan::read::unfollowed!([$($more)*]);
    };
    (@serde [alias $($rest:tt)*]) => { compile_error!("plan::read: `alias` is not followed"); };
    (@serde [flatten $($rest:tt)*]) => { compile_error!("plan::read: `flatten` is not followed"); };
    (@serde [skip $($rest:tt)*]) => { compile_error!("plan::read: `skip` is not followed"); };
    (@serde [skip_deserializing $($rest:tt)*]) => {
        compile_error!("plan::read: `skip_deserializing` is not followed");
    };
    (@serde [deserialize_with $($rest:tt)*]) => {
        compile_error!("plan::read: `deserialize_with` is not followed");
    };
    (@serde [with $($rest:tt)*]) => { compile_error!("plan::read: `with` is not followed"); };
    (@serde [$word:tt $($rest:tt)*]) => { $crate::plan::read::unfollowed!(@serde [$($rest)*]); };
    (@serde []) => {};
}

/// Reads a field as its `#[serde(default ...)]` says: required without one.
macro_rules! read_field {
    ($object:ident, $name:expr, [] $ty:ty) => {
        $object.required::<$ty>($name)
    };
    ($object:ident, $name:expr, [#[serde($($words:tt)*)] $($more:tt)*] $ty:ty) => {
        $crate::plan::read::read_field!(@serde $object, $name, [$($words)*] [$($more)*] $ty)
    };
    ($object:ident, $name:expr, [#[$($other:tt)*] $($more:tt)*] $ty:ty) => {
        $crate::plan::read::read_field!($object, $name, [$($more)*] $ty)
    };
    // A default function, by name: serde's string cannot be called here,
    // so each one is matched by its name.
    (@serde $object:ident, $name:expr, [default = "first_revision" $($rest:tt)*] $more:tt $ty:ty) => {
        $object.or::<$ty>($name, first_revision())
    };
    (@serde $object:ident, $name:expr, [default = $function:literal $($rest:tt)*] $more:tt $ty:ty) => {
        compile_error!(concat!("plan::read, read_field!: add the default function ", $function))
    };
    (@serde $object:ident, $name:expr, [default $($rest:tt)*] $more:tt $ty:ty) => {
        $object.or_default::<$ty>($name)
    };
    (@serde $object:ident, $name:expr, [$word:tt $($rest:tt)*] $more:tt $ty:ty) => {
        $crate::plan::read::read_field!(@serde $object, $name, [$($rest)*] $more $ty)
    };
    (@serde $object:ident, $name:expr, [] $more:tt $ty:ty) => {
        $crate::plan::read::read_field!($object, $name, $more $ty)
    };
}

pub(crate) use {field_name, format_structs, read_field, read_struct, unfollowed};

/// `FromJson` for a closed list of choices, written as its name (text):
/// the name is found among strum's names of its members (the same words
/// as serde's `rename_all = "snake_case"`: tests/import.rs checks every
/// choice), and a name that is none of them is worded as serde words it.
macro_rules! read_choice {
    ($($name:ident),* $(,)?) => {
        $(
            impl $crate::plan::read::FromJson for $name {
                fn from_json(
                    value: &serde_json::Value,
                ) -> Result<Self, $crate::plan::read::ReadError> {
                    $crate::plan::read::choice(value)
                }
            }
        )*
    };
}

#[doc(hidden)]
pub fn choice<T: strum::VariantArray + strum::VariantNames + Copy>(
    value: &Value,
) -> Result<T, ReadError> {
    // One generic lookup in place of serde's derived reader per choice.
    let names = <T as strum::VariantNames>::VARIANTS;
    match value {
        Value::String(name) => names
            .iter()
            .position(|n| n == name)
            .and_then(|i| <T as strum::VariantArray>::VARIANTS.get(i).copied())
            .ok_or_else(|| de::Error::unknown_variant(name, names)),
        other => Err(wrong(other, &"a string")),
    }
}

/// `FromJson` through serde's derived `Deserialize` and the deserializer
/// below, for the enums of richer forms: a review's change as
/// `{"changed": {...}}`, a finding's area and id.
macro_rules! read_with_serde {
    ($($name:ty),* $(,)?) => {
        $(
            impl $crate::plan::read::FromJson for $name {
                fn from_json(
                    value: &serde_json::Value,
                ) -> Result<Self, $crate::plan::read::ReadError> {
                    $crate::plan::read::with_serde(value)
                }
            }
        )*
    };
}

pub(crate) use {read_choice, read_with_serde};

#[doc(hidden)]
pub fn with_serde<'a, T: Deserialize<'a>>(value: &'a Value) -> Result<T, ReadError> {
    T::deserialize(Reader(value))
}

/// A value being read.
#[derive(Clone, Copy)]
struct Reader<'a>(&'a Value);

/// serde's name for what `value` is, for "invalid type: ...".
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// `value` is not what `expected` reads.
fn wrong(value: &Value, expected: &dyn Expected) -> ReadError {
    ReadError::invalid_type(unexpected(value), expected)
}

fn number<'de, V: Visitor<'de>>(n: &Number, visitor: V) -> Result<V::Value, ReadError> {
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) => visitor.visit_u64(u),
        (None, Some(i)) => visitor.visit_i64(i),
        _ => visitor.visit_f64(n.as_f64().unwrap_or_default()),
    }
}

/// Deserializer methods that read a number, or refuse another value.
macro_rules! numbers {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
                match self.0 {
                    Value::Number(n) => number(n, visitor),
                    other => Err(wrong(other, &visitor)),
                }
            }
        )*
    };
}

/// Deserializer methods that read text, or refuse another value.
macro_rules! texts {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
                match self.0 {
                    Value::String(s) => visitor.visit_borrowed_str(s),
                    other => Err(wrong(other, &visitor)),
                }
            }
        )*
    };
}

impl<'de> Deserializer<'de> for Reader<'de> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => number(n, visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items::new(items)),
            Value::Object(fields) => visitor.visit_map(Fields::new(fields)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(wrong(other, &visitor)),
        }
    }

    numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_f32 deserialize_f64
    }

    texts! { deserialize_char deserialize_str deserialize_string deserialize_identifier }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            other => Err(wrong(other, &visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Array(items) => visitor.visit_seq(Items::new(items)),
            other => Err(wrong(other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::Object(fields) => visitor.visit_map(Fields::new(fields)),
            other => Err(wrong(other, &visitor)),
        }
    }

    /// Only from an object: a struct written as a list is not the format.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_map(visitor)
    }

    /// A unit variant as its name (`"draft"`), another as an object with
    /// one key, the variant's name (`{"changed": {...}}`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Value::String(name) => {
                visitor.visit_enum(BorrowedStrDeserializer::<ReadError>::new(name))
            }
            Value::Object(fields) => match fields.iter().next() {
                Some((name, value)) if fields.len() == 1 => {
                    visitor.visit_enum(Variant { name, value })
                }
                _ => Err(ReadError::invalid_value(
                    Unexpected::Map,
                    &"map with a single key",
                )),
            },
            other => Err(wrong(other, &visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! { bytes byte_buf }
}

/// The elements of a list, each read with its position.
struct Items<'a> {
    items: std::slice::Iter<'a, Value>,
    index: usize,
}

impl<'a> Items<'a> {
    fn new(items: &'a [Value]) -> Self {
        Self {
            items: items.iter(),
            index: 0,
        }
    }
}

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(value) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(Reader(value))
            .map(Some)
            .map_err(|e| e.within(Step::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of an object, in its order, each read with its key.
struct Fields<'a> {
    entries: serde_json::map::Iter<'a>,
    /// The entry whose key was just read.
    current: Option<(&'a String, &'a Value)>,
}

impl<'a> Fields<'a> {
    fn new(fields: &'a serde_json::Map<String, Value>) -> Self {
        Self {
            entries: fields.iter(),
            current: None,
        }
    }
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.current = Some((key, value));
        // An unknown field is a problem at its key.
        seed.deserialize(BorrowedStrDeserializer::<ReadError>::new(key))
            .map(Some)
            .map_err(|e| e.within_key(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        let Some((key, value)) = self.current.take() else {
            return Err(ReadError::custom("a value was asked for before its key"));
        };
        seed.deserialize(Reader(value))
            .map_err(|e| e.within_key(key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An enum written as `{"name": value}`.
struct Variant<'a> {
    name: &'a String,
    value: &'a Value,
}

impl<'de> EnumAccess<'de> for Variant<'de> {
    type Error = ReadError;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), ReadError> {
        let name = seed
            .deserialize(BorrowedStrDeserializer::<ReadError>::new(self.name))
            .map_err(|e| e.within_key(self.name))?;
        Ok((name, self))
    }
}

impl<'de> Variant<'de> {
    /// An error in the variant's value is at its name.
    fn here<T>(&self, result: Result<T, ReadError>) -> Result<T, ReadError> {
        result.map_err(|e| e.within_key(self.name))
    }
}

impl<'de> VariantAccess<'de> for Variant<'de> {
    type Error = ReadError;

    fn unit_variant(self) -> Result<(), ReadError> {
        let value = match self.value {
            Value::Null => Ok(()),
            other => Err(wrong(other, &"unit variant")),
        };
        self.here(value)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, ReadError> {
        self.here(seed.deserialize(Reader(self.value)))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.here(Reader(self.value).deserialize_seq(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.here(Reader(self.value).deserialize_map(visitor))
    }
}

// Natively, where serde's derived reader is there to compare with.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn first_revision() -> u32 {
        1
    }

    format_structs! {
        (Debug, PartialEq)
        pub struct Item {
            pub n: u8,
            /// A doc comment is not an attribute that counts.
            #[serde(default)]
            pub tag: Option<Kind>,
            #[serde(default = "first_revision")]
            pub revision: u32,
            #[serde(rename = "$note", default, skip_serializing_if = "String::is_empty")]
            pub note: String,
            pub maybe: Option<bool>,
            #[serde(default)]
            pub colour: Option<Colour>,
        }

        pub struct Doc {
            pub items: Vec<Item>,
        }
    }

    #[derive(Debug, PartialEq, Deserialize, serde::Serialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum Kind {
        Plain,
        Named { name: String },
        Note(String),
    }

    read_with_serde!(Kind);

    #[derive(
        Debug,
        Clone,
        Copy,
        PartialEq,
        Deserialize,
        serde::Serialize,
        schemars::JsonSchema,
        strum::VariantArray,
        strum::VariantNames,
    )]
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Colour {
        Red,
        DarkBlue,
    }

    read_choice!(Colour);

    fn problem(value: Value) -> String {
        match read::<Doc>(&value) {
            Ok(doc) => panic!("read {doc:?}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn reads_what_serde_reads() {
        let value = json!({"items": [
            {"n": 1},
            {"n": 2, "tag": "plain", "revision": 7, "$note": "x", "maybe": true, "colour": "dark_blue"},
            {"n": 3, "tag": {"named": {"name": "x"}}},
            {"n": 4, "tag": {"note": "y"}, "maybe": null},
            {"n": 5, "tag": null},
        ]});
        let ours: Result<Doc, _> = read(&value);
        let serde: Result<Doc, _> = serde_json::from_value(value);
        assert!(ours.is_ok(), "{ours:?}");
        assert_eq!(ours.ok(), serde.ok());
        let doc: Doc = read(&json!({"items": [{"n": 1}]})).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.items[0].revision, 1, "the default function");
        assert_eq!(doc.items[0].maybe, None, "an option without a default");
    }

    #[test]
    fn a_problem_is_named_by_its_path_in_serdes_words() {
        let cases = [
            (
                json!({"items": [{"n": 1}, {"n": "x"}]}),
                "items[1].n: invalid type: string \"x\", expected u8",
            ),
            (
                json!({"items": [{"n": 1}, {"n": 1, "m": 2}]}),
                "items[1].m: unknown field `m`, expected one of `n`, `tag`, `revision`, `$note`, `maybe`, `colour`",
            ),
            (json!({"items": [{"n": 1}, {}]}), "items[1]: missing field `n`"),
            (
                json!({"items": [7]}),
                "items[0]: invalid type: integer `7`, expected struct Item",
            ),
            (
                json!({"items": [[1]]}),
                "items[0]: invalid type: sequence, expected struct Item",
            ),
            (
                json!({"items": [{"n": 300}]}),
                "items[0].n: invalid value: integer `300`, expected u8",
            ),
            (
                json!({"items": [{"n": -1}]}),
                "items[0].n: invalid value: integer `-1`, expected u8",
            ),
            (
                json!({"items": [{"n": 1.5}]}),
                "items[0].n: invalid type: floating point `1.5`, expected u8",
            ),
            (
                json!({"items": {"n": 1}}),
                "items: invalid type: map, expected a sequence",
            ),
            (
                json!({"items": [{"n": 1, "tag": "odd"}]}),
                "items[0].tag: unknown variant `odd`, expected one of `plain`, `named`, `note`",
            ),
            (
                json!({"items": [{"n": 1, "tag": {"odd": 1}}]}),
                "items[0].tag.odd: unknown variant `odd`, expected one of `plain`, `named`, `note`",
            ),
            (
                json!({"items": [{"n": 1, "tag": {"named": {}}}]}),
                "items[0].tag.named: missing field `name`",
            ),
            (
                json!({"items": [{"n": 1, "tag": {"note": 2}}]}),
                "items[0].tag.note: invalid type: integer `2`, expected a string",
            ),
            (
                json!({"items": [{"n": 1, "tag": 2}]}),
                "items[0].tag: invalid type: integer `2`, expected enum Kind",
            ),
            (json!([]), "invalid type: sequence, expected struct Doc"),
            (
                json!({"items": [{"n": 1, "colour": "green"}]}),
                "items[0].colour: unknown variant `green`, expected `red` or `dark_blue`",
            ),
            (
                json!({"items": [{"n": 1, "colour": 3}]}),
                "items[0].colour: invalid type: integer `3`, expected a string",
            ),
            // A choice is its name: serde_json also takes `{"red": null}`.
            (
                json!({"items": [{"n": 1, "colour": {"red": null}}]}),
                "items[0].colour: invalid type: map, expected a string",
            ),
        ];
        for (value, message) in cases {
            assert_eq!(problem(value.clone()), message);
            // serde_json says the same, but for a struct written as a list
            // (which it reads field by field) and an enum that is not text
            // ("expected string or map"); it reads `{"red": null}`.
            let other = [
                json!({"items": [[1]]}),
                json!([]),
                json!({"items": [{"n": 1, "tag": 2}]}),
                json!({"items": [{"n": 1, "colour": 3}]}),
            ];
            if let (Err(serde), false) = (
                serde_json::from_value::<Doc>(value.clone()),
                other.contains(&value),
            ) {
                assert!(message.ends_with(&serde.to_string()), "{message} / {serde}");
            }
        }
    }

    #[test]
    fn data_files_keep_their_positions_and_refuse_keys_written_twice() {
        let error = read_text::<Doc>("{\"items\": [{\"n\": 1},]}").expect_err("syntax");
        assert!(error.message.contains("line 1"), "{error}");
        assert_eq!(path_text(&error.path), "items");
        let error = read_text::<Doc>(r#"{"items": [{"n": 1, "n": 2}]}"#).expect_err("twice");
        assert_eq!(error.to_string(), "items[0].n: duplicate field `n`");
        assert!(read_text::<Doc>(r#"{"items": [{"n": 1}]}"#).is_ok());
    }
}
